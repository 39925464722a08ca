package io.p1vault.vault.merge;

import io.p1vault.crypto.age.Age;
import io.p1vault.crypto.age.AgeInputStream;
import io.p1vault.crypto.age.Identity;
import io.p1vault.model.Entry;
import io.p1vault.model.HistoryRecord;
import io.p1vault.model.VaultDocument;
import io.p1vault.storage.FileChangedOnDiskException;
import io.p1vault.storage.FileSnapshot;
import io.p1vault.vault.VaultDocuments;
import io.p1vault.vault.VaultException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A save found the vault file changed on disk by someone else: the merge of their version with
 * this one's changes, base being the version this one last read or wrote. Both files are opened
 * with the file key already in memory (no key derivation); a file written under another key (its
 * passphrase changed) or by a newer p1vault cannot be merged, and the save is refused as before.
 */
public final class DiskChange {
    private final Path path;
    private final MergeOutcome outcome;
    private final FileSnapshot snapshot;
    private final byte[] file;

    private DiskChange(Path path, MergeOutcome outcome, FileSnapshot snapshot, byte[] file) {
        this.path = path;
        this.outcome = outcome;
        this.snapshot = snapshot;
        this.file = file;
    }

    /**
     * Reads the file on disk and merges.
     *
     * @param baseFile the encrypted file as this vault last read or wrote it
     * @param identity opens files written under this vault's file key
     * @param mine the document in memory (not changed)
     * @param refused the refusal of the save, thrown again when the change cannot be merged
     */
    public static DiskChange read(
            Path path, byte[] baseFile, Identity identity, VaultDocument mine, FileChangedOnDiskException refused)
            throws FileChangedOnDiskException {
        VaultDocument theirsDoc = null;
        VaultDocument base = null;
        try {
            FileSnapshot.Contents theirs = FileSnapshot.read(path);
            VaultDocuments.Loaded loaded = open(path, theirs.bytes(), identity);
            theirsDoc = loaded.document();
            if (loaded.readOnlyReason() != null) {
                throw refused;
            }
            base = open(path, baseFile, identity).document();
            MergeOutcome outcome = DocumentMerge.merge(base, mine, theirsDoc);
            return new DiskChange(path, outcome, theirs.snapshot(), theirs.bytes());
        } catch (IOException | VaultException e) {
            // Removed, written under another key, not a vault: nothing to merge with.
            throw refused;
        } finally {
            // The merge holds copies; what was read to make it is wiped, merged or refused.
            for (VaultDocument read : new VaultDocument[] {theirsDoc, base}) {
                if (read != null) {
                    read.wipe();
                }
            }
        }
    }

    private static VaultDocuments.Loaded open(Path path, byte[] encrypted, Identity identity)
            throws IOException, VaultException {
        byte[] plain = null;
        try (AgeInputStream in = Age.decrypt(new ByteArrayInputStream(encrypted), List.of(identity))) {
            plain = in.readAllBytes();
            return VaultDocuments.parse(path, plain);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    public MergeOutcome outcome() {
        return outcome;
    }

    /** The file merged with, as read: a save of the merge replaces exactly this version. */
    public FileSnapshot snapshot() {
        return snapshot;
    }

    /** The encrypted file merged with, the base of a further merge. */
    public byte[] file() {
        return file.clone();
    }

    /**
     * What {@link #applyTo} needs to settle this merge's conflicts, asked of {@code chooser}; null
     * when the merge is clean (nobody is asked).
     *
     * @throws MergeConflictsException when the chooser cancels, or answers for other conflicts than asked
     */
    public Function<MergeConflict, Resolution> choice(ConflictChooser chooser) throws MergeConflictsException {
        List<MergeConflict> conflicts = outcome.conflicts();
        if (conflicts.isEmpty()) {
            return null;
        }
        List<Resolution> chosen = chooser.choose(List.copyOf(conflicts)).orElse(List.of());
        if (chosen.size() != conflicts.size()) {
            throw new MergeConflictsException(path, this);
        }
        Map<MergeConflict, Resolution> byConflict = new IdentityHashMap<>();
        for (int i = 0; i < conflicts.size(); i++) {
            byConflict.put(conflicts.get(i), Objects.requireNonNull(chosen.get(i), "a resolution"));
        }
        return byConflict::get;
    }

    /**
     * Gives {@code live} (the vault's own document, which front ends hold) the merged content, with
     * a history record of the merge; the entries it had are kept until the merge is {@linkplain
     * Applied#saved() saved} or {@linkplain Applied#undo() undone}.
     *
     * @param choice a choice per conflict, or null when there must be none
     * @throws MergeConflictsException when there are conflicts and no choice
     */
    public Applied applyTo(VaultDocument live, Function<MergeConflict, Resolution> choice)
            throws MergeConflictsException {
        if (choice == null && !outcome.clean()) {
            throw new MergeConflictsException(path, this);
        }
        // Only a clean merge has no choice, and then nobody is asked.
        VaultDocument merged = outcome.resolve(choice != null ? choice : conflict -> Resolution.KEEP_MINE);
        VaultDocument before = new VaultDocument();
        copy(live, before);
        copy(merged, live);
        live.history.add(new HistoryRecord(
                Instant.now(),
                "merge",
                null,
                "merged with the version saved meanwhile by another program; "
                        + outcome.conflicts().size() + " conflict(s) resolved"));
        return new Applied(live, before, merged);
    }

    /** A merge given to the vault's document, until it is saved or undone. */
    public static final class Applied {
        private final VaultDocument live;
        private final VaultDocument before;
        private final VaultDocument merged;

        private Applied(VaultDocument live, VaultDocument before, VaultDocument merged) {
            this.live = live;
            this.before = before;
            this.merged = merged;
        }

        /** The save failed: the document gets back the content it had; the merged entries are wiped. */
        public void undo() {
            copy(before, live);
            merged.wipe();
        }

        /** The merge was saved: the entries it replaced (all of them: it made new ones) are wiped. */
        public void saved() {
            before.wipe();
        }
    }

    /** Wipes the secrets the merge holds; the document it gave the vault stays whole. Once saved or locked. */
    public void discard() {
        outcome.discard();
    }

    private static void copy(VaultDocument from, VaultDocument to) {
        to.format = from.format;
        to.version = from.version;
        to.createdAt = from.createdAt;
        to.modifiedAt = from.modifiedAt;
        // A team vault's members follow the merge too (one side's rename of a member, say).
        to.members = new ArrayList<>(from.members);
        to.acceptedTeamMembers = new TreeMap<>(from.acceptedTeamMembers);
        // In place: front ends may hold the document's lists.
        List<Entry> entries = new ArrayList<>(from.entries);
        List<HistoryRecord> history = new ArrayList<>(from.history);
        to.entries.clear();
        to.entries.addAll(entries);
        to.history.clear();
        to.history.addAll(history);
        to.extra().clear();
        to.extra().putAll(from.extra());
    }
}
