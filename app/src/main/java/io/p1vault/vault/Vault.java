package io.p1vault.vault;

import io.p1vault.crypto.Scrypt;
import io.p1vault.crypto.age.Envelope;
import io.p1vault.model.HistoryRecord;
import io.p1vault.model.VaultDocument;
import io.p1vault.storage.BackupPolicy;
import io.p1vault.storage.FileChangedOnDiskException;
import io.p1vault.storage.FileSnapshot;
import io.p1vault.storage.PermissionPolicy;
import io.p1vault.storage.WriteOptions;
import io.p1vault.storage.WriteResult;
import io.p1vault.vault.merge.ConflictChooser;
import io.p1vault.vault.merge.DiskChange;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An unlocked vault file: its document, the envelope (header and file key) that lets it be saved
 * without key derivation, and the lock that keeps other processes out until {@link #close()}.
 */
public final class Vault implements AutoCloseable {
    private static final WriteOptions WRITE_VAULT = new WriteOptions(BackupPolicy.SINGLE, PermissionPolicy.OWNER_ONLY);
    private static final WriteOptions WRITE_WITHOUT_BACKUP =
            new WriteOptions(BackupPolicy.NONE, PermissionPolicy.OWNER_ONLY);

    private final Path path;
    private final VaultLock lock;
    private final EncryptedDocumentWriter documentWriter = new EncryptedDocumentWriter();
    private final String readOnlyReason;
    private Envelope envelope;
    private FileSnapshot snapshot;
    /** The encrypted file as last read or written: the base when a save must merge a change on disk. */
    private byte[] onDisk;

    private ConflictChooser conflictChooser = ConflictChooser.NONE;
    private SaveCondition saveCondition = document -> {};

    private VaultDocument document;
    private boolean dirty;
    private boolean closed;
    /** Merges with a change on disk not yet saved: a front end may still settle one; wiped on locking. */
    private final List<DiskChange> unsavedMerges = new ArrayList<>();

    private Vault(
            Path path,
            VaultLock lock,
            Envelope envelope,
            FileSnapshot snapshot,
            VaultDocument document,
            String readOnlyReason) {
        this.path = path;
        this.lock = lock;
        this.envelope = envelope;
        this.snapshot = snapshot;
        this.document = document;
        this.readOnlyReason = readOnlyReason;
    }

    /** Creates a new, empty vault file protected by {@code passphrase}. */
    public static Vault create(Path path, char[] passphrase, int workFactor) throws VaultException, IOException {
        return create(path, passphrase, workFactor, null);
    }

    /**
     * As {@link #create(Path, char[], int)}, reporting the key derivation's progress to
     * {@code progress} (may be null), which can cancel it: see {@link Scrypt.Progress}.
     */
    public static Vault create(Path path, char[] passphrase, int workFactor, Scrypt.Progress progress)
            throws VaultException, IOException {
        PassphraseKey.checkWorkFactor(workFactor);
        PassphraseKey.checkNewPassphrase(passphrase);
        try (PassphraseKey key = new PassphraseKey(passphrase, workFactor, progress)) {
            return create(path, key, VaultDocument.empty());
        }
    }

    /** Creates a new vault file holding {@code document}, its file key wrapped for {@code key}. */
    public static Vault create(Path path, NewFileKey key, VaultDocument document) throws VaultException, IOException {
        Path target = checkCanCreate(path);
        VaultLock lock = VaultLock.acquire(target);
        try {
            Vault vault = new Vault(target, lock, key.newEnvelope(), null, document, null);
            vault.save();
            return vault;
        } catch (VaultException | IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Unlocks a vault file: one key derivation for the passphrase. */
    public static Vault open(Path path, char[] passphrase) throws VaultException, IOException {
        return open(path, passphrase, null);
    }

    /**
     * As {@link #open(Path, char[])}, reporting the key derivation's progress to {@code progress}
     * (may be null), which can cancel it with a {@link java.util.concurrent.CancellationException}.
     * A second derivation for the backup (see {@link VaultException.Reason#DAMAGED}) is not reported.
     */
    public static Vault open(Path path, char[] passphrase, Scrypt.Progress progress)
            throws VaultException, IOException {
        try (PassphraseKey key = PassphraseKey.toOpen(passphrase, progress)) {
            return open(path, key);
        }
    }

    /** Unlocks a vault file with {@code key}: a passphrase (personal vault) or a member's identity (team vault). */
    public static Vault open(Path path, KeySource key) throws VaultException, IOException {
        Path target = checkCanOpen(path);
        VaultLock lock = VaultLock.acquire(target);
        try (UnlockWarmUp.Opening opening = UnlockWarmUp.opening()) {
            FileSnapshot.Reading reading = FileSnapshot.startReading(target);
            VaultUnlock.Unlocked unlocked = VaultUnlock.unlockOrExplain(target, reading, key);
            FileSnapshot.Contents contents = reading.contents();
            Vault vault = new Vault(
                    target,
                    lock,
                    unlocked.envelope(),
                    contents.snapshot(),
                    unlocked.document().document(),
                    unlocked.document().readOnlyReason());
            vault.onDisk = contents.bytes();
            return vault;
        } catch (VaultException | IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Fails as {@link #create} would if {@code path} is taken, so a front end can say so before
     * asking for a passphrase. Returns the path a vault would be created at.
     */
    public static Path checkCanCreate(Path path) throws VaultException, IOException {
        Path target = VaultFiles.resolve(path);
        if (Files.exists(target)) {
            throw new VaultException(
                    VaultException.Reason.ALREADY_EXISTS,
                    "A file already exists at " + target + "; choose another name or open it instead.");
        }
        return target;
    }

    /**
     * Fails as {@link #open} would if there is no file to open, so a front end can say so before
     * asking for a passphrase. Returns the vault's real path.
     */
    public static Path checkCanOpen(Path path) throws VaultException, IOException {
        Path target = VaultFiles.resolve(path);
        if (!Files.isRegularFile(target)) {
            throw new VaultException(
                    VaultException.Reason.NOT_FOUND,
                    Files.isDirectory(target)
                            ? target + " is a folder, not a vault file."
                            : "There is no vault at " + target + ".");
        }
        return target;
    }

    /**
     * Puts a vault's backup back in its place, for when the vault is damaged but its backup opens
     * (see {@link VaultException.Reason#DAMAGED}). The damaged file is kept beside it, renamed,
     * never deleted; returns where. Both steps are renames within the folder, under the vault's lock.
     */
    public static Path restoreBackup(Path path) throws VaultException, IOException {
        return VaultFiles.restoreBackup(checkCanOpen(path));
    }

    public Path path() {
        return path;
    }

    /** The scrypt work factor (logN) of the current passphrase, so a passphrase change can keep it. */
    public int workFactor() {
        requireOpen();
        return envelope.header().stanzas().stream()
                .filter(s -> s.type().equals("scrypt"))
                .mapToInt(s -> Integer.parseInt(s.args().get(1)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a vault always has a passphrase stanza"));
    }

    public Path backupPath() {
        return VaultFiles.backupOf(path);
    }

    /** The live document. Change it through {@link VaultEditor}, which records history. */
    public VaultDocument document() {
        requireOpen();
        return document;
    }

    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    public boolean hasUnsavedChanges() {
        return dirty;
    }

    /** Records a change in the history (never with a secret) and marks the vault unsaved. */
    void recordChange(String action, UUID entryId, String detail) throws VaultException {
        requireWritable();
        Instant now = Instant.now();
        document.history.add(new HistoryRecord(now, action, entryId, detail));
        document.modifiedAt = now;
        dirty = true;
    }

    /**
     * A rule every save of this vault must pass before anything is written: a team vault's
     * member set being the one the user accepted (see {@link TrustedMembers}).
     */
    @FunctionalInterface
    public interface SaveCondition {
        /** Throws, with a message for the user, when {@code document} must not be saved. */
        void check(VaultDocument document) throws VaultException;
    }

    /** Who {@link #save()} asks when a change on disk conflicts with this vault's; by default nobody. */
    public void settleConflictsWith(ConflictChooser chooser) {
        conflictChooser = Objects.requireNonNull(chooser, "chooser");
    }

    /** Makes every later save pass {@code condition} first; replaces any condition set before. */
    public void requireBeforeSaving(SaveCondition condition) {
        saveCondition = Objects.requireNonNull(condition, "condition");
    }

    /** Throws what {@link #save()} would when the condition set with {@link #requireBeforeSaving} refuses. */
    public void checkSaveAllowed() throws VaultException {
        saveCondition.check(document);
    }

    /**
     * Writes the vault safely; reuses the file key, so no key derivation. A file another program saved
     * meanwhile is merged; conflicts go to the chooser set with {@link #settleConflictsWith} (by default
     * nobody: nothing is saved, a MergeConflictsException, see {@link #saveMerged}).
     */
    public void save() throws VaultException, IOException {
        save(conflictChooser);
    }

    /**
     * As {@link #save()}, asking {@code chooser} about conflicts with a change on disk; when it cancels
     * nothing is saved and a MergeConflictsException says what conflicts.
     */
    public void save(ConflictChooser chooser) throws VaultException, IOException {
        requireWritable();
        checkSaveAllowed();
        try {
            snapshot = write(path, snapshot, WRITE_VAULT).snapshot();
        } catch (FileChangedOnDiskException changed) {
            DiskChange change = DiskChange.read(path, onDisk, envelope.identity(), document, changed);
            unsavedMerges.add(change);
            saveMerged(change, change.choice(chooser), chooser);
        }
        dirty = false;
    }

    /** Saves the merge of a change on disk (MergeConflictsException.change()) with a choice per conflict. */
    public void saveMerged(DiskChange change, Function<MergeConflict, Resolution> choice)
            throws VaultException, IOException {
        saveMerged(change, choice, conflictChooser);
    }

    private void saveMerged(DiskChange change, Function<MergeConflict, Resolution> choice, ConflictChooser chooser)
            throws VaultException, IOException {
        requireWritable();
        DiskChange.Applied applied = change.applyTo(document, choice);
        FileSnapshot snapshotBefore = snapshot;
        byte[] onDiskBefore = onDisk;
        snapshot = change.snapshot();
        onDisk = change.file();
        try {
            // Changed on disk again meanwhile: merged again, the chooser asked again.
            save(chooser);
        } catch (VaultException | IOException | RuntimeException e) {
            applied.undo();
            snapshot = snapshotBefore;
            onDisk = onDiskBefore;
            throw e;
        }
        applied.saved();
        unsavedMerges.remove(change);
        change.discard();
    }

    /** Re-keys the vault: a new file key under the new passphrase, saved at once. */
    public void changePassphrase(char[] newPassphrase, int workFactor) throws VaultException, IOException {
        requireWritable();
        PassphraseKey.checkWorkFactor(workFactor);
        PassphraseKey.checkNewPassphrase(newPassphrase);
        try (PassphraseKey key = new PassphraseKey(newPassphrase, workFactor, null)) {
            rekey(key, "passphrase-change", "work factor " + workFactor);
        }
    }

    /**
     * Wraps a new file key for {@code key} and saves at once, recording {@code action} (never with
     * a secret). The backup is rewritten too, so no file here opens with the old key alone. On
     * failure nothing changes, the history included.
     */
    public void rekey(NewFileKey key, String action, String detail) throws VaultException, IOException {
        requireWritable();
        Envelope old = envelope;
        envelope = key.newEnvelope();
        try {
            recordChange(action, null, detail);
            snapshot = write(path, snapshot, WRITE_WITHOUT_BACKUP).snapshot();
        } catch (VaultException | IOException | RuntimeException e) {
            envelope.destroy();
            envelope = old;
            document.history.remove(document.history.size() - 1);
            throw e;
        }
        old.destroy();
        dirty = false;
        Path backup = backupPath();
        write(backup, Files.isRegularFile(backup) ? FileSnapshot.of(backup) : null, WRITE_WITHOUT_BACKUP);
    }

    private WriteResult write(Path target, FileSnapshot expected, WriteOptions options) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        WriteResult result = documentWriter.write(target, expected, options, envelope, document, false, written);
        if (target.equals(path)) {
            onDisk = written.toByteArray();
        }
        return result;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the vault is locked");
        }
    }

    void requireWritable() throws VaultException {
        requireOpen();
        if (readOnlyReason != null) {
            throw new VaultException(VaultException.Reason.READ_ONLY, readOnlyReason);
        }
    }

    /** Locks the vault: wipes every secret and the file key and releases the file lock. Does not save. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        unsavedMerges.forEach(DiskChange::discard);
        unsavedMerges.clear();
        document.wipe();
        document = null;
        envelope.destroy();
        lock.close();
    }
}
