package io.p1vault.storage;

import io.p1vault.storage.AtomicWriteException.Step;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash, kill, full disk or failed rename at any instant leaves
 * either the old or the new version, never a broken one.
 *
 * <p>The new content goes to a temporary file in the target's own folder (a rename is only
 * atomic within one file system), created owner-only, flushed with {@code fsync}, checked by
 * the caller, and then renamed over the target with {@code ATOMIC_MOVE}. Backups are hard
 * links (or copies) made before the rename, so the target itself is never written in place.
 * Finally the folder is synced so the rename survives a power cut.
 *
 * <p>Whoever can write the folder (PingFederate's service account in its {@code bin/}) must not
 * be able to turn a save by root against other files: a symbolic link as the target is refused
 * unless asked for, the temporary file is checked to still be the file created (its file key)
 * before its owner and permissions are set without following links and before it is renamed.
 */
public final class AtomicFileWriter {
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int MAX_BACKUPS_PER_SECOND = 1000;
    private static final int TEMP_NAME_ATTEMPTS = 5;

    private final FileOps ops;
    private final Clock clock;
    private final ReplaceRetry retry;

    public AtomicFileWriter() {
        this(new RealFileOps(), Clock.systemDefaultZone(), ReplaceRetry.DEFAULT);
    }

    /** For tests: fail chosen steps, fix the backup time stamp; a failed rename is not retried. */
    AtomicFileWriter(FileOps ops, Clock clock) {
        this(ops, clock, new ReplaceRetry(List.of(), duration -> {}));
    }

    /** For tests: how a rename over a file another program holds is retried. */
    AtomicFileWriter(FileOps ops, Clock clock, ReplaceRetry retry) {
        this.ops = Objects.requireNonNull(ops);
        this.clock = Objects.requireNonNull(clock);
        this.retry = Objects.requireNonNull(retry);
    }

    /**
     * Writes {@code target} with the content {@code content} streams; through a symbolic link only
     * when {@link WriteOptions#followSymlinks()}.
     *
     * @param target   the file to replace or create
     * @param expected the snapshot taken when the caller read the file, or {@code null} if the
     *                 file must not exist yet; any other state is refused
     * @param options  backup and permission policy
     * @param content  produces the complete new content
     * @param check    verifies the written temporary file before anything is replaced
     * @return where it was written, the backup, and the snapshot to pass to the next save
     * @throws FileChangedOnDiskException if the file is not the version {@code expected} describes
     * @throws AtomicWriteException       if a step of the save failed (see {@link AtomicWriteException.Step})
     * @throws IOException                whatever {@code content} or {@code check} threw, unchanged
     */
    public WriteResult write(
            Path target, FileSnapshot expected, WriteOptions options, ContentWriter content, ReadBackCheck check)
            throws IOException {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(check, "check");
        Path file = SaveTarget.resolve(Objects.requireNonNull(target, "target"), options.followSymlinks());
        boolean exists = Files.exists(file);
        if (exists) {
            SaveTarget.refuseUnreplaceable(file);
        }
        SaveTarget.refuseWrongState(file, exists, expected);
        String unchanged = exists ? "the file was not changed" : "nothing was saved";
        KeptAccess keep = KeptAccess.of(file, exists, options.permissions());

        TempFile temp = createTemp(file, unchanged);
        Optional<Path> backup;
        FileSnapshot written;
        List<String> warnings = new ArrayList<>();
        try {
            TempIdentity identity = TempIdentity.of(temp.path());
            FolderRisk.of(file, temp.path()).ifPresent(warnings::add);
            try (FileChannel channel = temp.channel()) {
                GuardedOutputStream out = writeContent(channel, content, file, unchanged);
                if (keep != null) {
                    keep.applyTo(identity, ops, file, unchanged);
                }
                try {
                    ops.force(channel);
                } catch (IOException e) {
                    throw new AtomicWriteException(
                            Step.FLUSH,
                            "could not flush " + file + " to disk (" + IoErrors.reason(e) + "); " + unchanged,
                            e);
                }
                // A rename keeps the modification time, so the temp file's is the new file's.
                written = new FileSnapshot(
                        out.size(), Files.getLastModifiedTime(temp.path(), LinkOption.NOFOLLOW_LINKS), out.sha256());
            }
            identity.require();
            check.verify(temp.path());
            SaveTarget.requireUnchanged(file, expected);
            backup = exists ? backup(file, options.backup(), unchanged) : Optional.empty();
            identity.require();
            replace(temp.path(), file, backup, options.backup(), unchanged);
        } catch (Throwable t) {
            deleteQuietly(temp.path(), t);
            throw t;
        }
        WriteResult result = new WriteResult(file, backup, written, warnings);
        syncFolder(result);
        BackupRetention.tidy(result, options, warnings);
        return new WriteResult(file, backup, written, warnings);
    }

    private record TempFile(Path path, FileChannel channel) {}

    /** A new, owner-only file beside the target, under a name no other save uses. */
    private TempFile createTemp(Path file, String unchanged) throws AtomicWriteException {
        for (int attempt = 1; ; attempt++) {
            Path temp = sibling(file, "." + file.getFileName() + "." + randomHex() + ".tmp");
            try {
                return new TempFile(temp, ops.createNew(temp));
            } catch (FileAlreadyExistsException e) {
                if (attempt == TEMP_NAME_ATTEMPTS) {
                    throw createTempFailure(file, e, unchanged);
                }
            } catch (IOException e) {
                throw createTempFailure(file, e, unchanged);
            }
        }
    }

    private GuardedOutputStream writeContent(FileChannel channel, ContentWriter content, Path file, String unchanged)
            throws IOException {
        GuardedOutputStream out =
                new GuardedOutputStream(new BufferedOutputStream(ops.outputStream(channel), 64 * 1024));
        try {
            content.writeTo(out);
            out.flush();
        } catch (IOException e) {
            if (!out.isFileFailure(e)) {
                throw e;
            }
            String what = IoErrors.isDiskFull(e) ? ": the disk is full" : " (" + IoErrors.reason(e) + ")";
            throw new AtomicWriteException(Step.WRITE, "could not write " + file + what + "; " + unchanged, e);
        }
        return out;
    }

    private Optional<Path> backup(Path file, BackupPolicy policy, String unchanged) throws AtomicWriteException {
        if (policy == BackupPolicy.NONE) {
            return Optional.empty();
        }
        Path staged = null;
        try {
            staged = stageBackup(file);
            if (policy == BackupPolicy.SINGLE) {
                Path bak = sibling(file, file.getFileName() + ".bak");
                Path from = staged;
                retry.run(() -> ops.moveAtomically(from, bak));
                return Optional.of(bak);
            }
            String stamp = BACKUP_STAMP.format(LocalDateTime.now(clock));
            for (int n = 0; n < MAX_BACKUPS_PER_SECOND; n++) {
                Path candidate = sibling(file, file.getFileName() + "." + stamp + (n == 0 ? "" : "-" + n) + ".bak");
                try {
                    ops.moveNoReplace(staged, candidate);
                    return Optional.of(candidate);
                } catch (FileAlreadyExistsException taken) {
                    // never overwrite an earlier backup: try the next suffix
                }
            }
            throw new IOException("more than " + MAX_BACKUPS_PER_SECOND + " backups in one second");
        } catch (IOException e) {
            AtomicWriteException failure = new AtomicWriteException(
                    Step.BACKUP,
                    "could not make a backup of " + file + " (" + IoErrors.reason(e) + "); " + unchanged,
                    e);
            deleteQuietly(staged, failure);
            throw failure;
        }
    }

    /**
     * A complete copy of the current file under a temporary name: a hard link where possible
     * (instant, and the old inode simply lives on as the backup), else a flushed copy.
     */
    private Path stageBackup(Path file) throws IOException {
        Path staged = sibling(file, "." + file.getFileName() + ".bak-" + randomHex() + ".tmp");
        try {
            ops.createLink(staged, file);
        } catch (UnsupportedOperationException | FileSystemException linkFailure) {
            // FAT and some network file systems have no hard links, and Linux refuses links to
            // files of other users (fs.protected_hardlinks).
            try {
                ops.copy(file, staged);
            } catch (IOException copyFailure) {
                copyFailure.addSuppressed(linkFailure);
                deleteQuietly(staged, copyFailure);
                throw copyFailure;
            }
        }
        return staged;
    }

    private void replace(Path temp, Path file, Optional<Path> backup, BackupPolicy policy, String unchanged)
            throws AtomicWriteException {
        try {
            retry.run(() -> ops.moveAtomically(temp, file));
        } catch (IOException e) {
            String message = e instanceof AtomicMoveNotSupportedException
                    ? "the file system of " + file.getParent() + " cannot replace files atomically, and p1vault"
                            + " never overwrites a file in place; " + unchanged
                    : "could not replace " + file + " (" + IoErrors.reason(e) + "); " + unchanged;
            AtomicWriteException failure = new AtomicWriteException(Step.RENAME, message, e);
            if (policy == BackupPolicy.TIMESTAMPED) {
                // The fresh backup is the very file that stays in place: don't leave clutter.
                backup.ifPresent(b -> deleteQuietly(b, failure));
            }
            throw failure;
        }
    }

    private void syncFolder(WriteResult result) throws FolderSyncException {
        Path dir = result.file().getParent();
        try {
            ops.syncDirectory(dir);
        } catch (IOException e) {
            throw new FolderSyncException(
                    result.file() + " was saved, but folder " + dir
                            + " could not be synced to disk (" + IoErrors.reason(e)
                            + "); if the system crashes now, the previous version may come back",
                    e,
                    result);
        }
    }

    private static AtomicWriteException createTempFailure(Path file, IOException e, String unchanged) {
        return new AtomicWriteException(
                Step.CREATE_TEMP,
                "cannot create a file in folder " + file.getParent() + " (" + IoErrors.reason(e) + "); " + unchanged,
                e);
    }

    private void deleteQuietly(Path path, Throwable failure) {
        if (path == null) {
            return;
        }
        try {
            ops.deleteIfExists(path);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static Path sibling(Path file, String name) {
        return file.resolveSibling(name);
    }

    private static String randomHex() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    }
}
