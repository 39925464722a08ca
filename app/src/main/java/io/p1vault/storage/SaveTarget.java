package io.p1vault.storage;

import io.p1vault.storage.AtomicWriteException.Step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * The file a save replaces: where it really is (a link is refused unless links may be followed),
 * whether it can be replaced, and whether it is still as it was read.
 */
final class SaveTarget {
    private SaveTarget() {}

    /** The file a save really replaces: a link's target, not the link, when links may be followed. */
    static Path resolve(Path target, boolean followSymlinks) throws AtomicWriteException {
        Path absolute = target.toAbsolutePath();
        try {
            if (!followSymlinks && Files.isSymbolicLink(absolute)) {
                throw new AtomicWriteException(
                        Step.TARGET,
                        absolute + " is a symbolic link (to "
                                + Files.readSymbolicLink(absolute) + "); p1vault does not write through a link"
                                + " unless asked to (--follow-symlink); nothing was saved",
                        null);
            }
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            if (Files.isSymbolicLink(absolute)) {
                throw new AtomicWriteException(
                        Step.TARGET, absolute + " is a symbolic link to a file that does not exist", null);
            }
            Path parent = absolute.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new AtomicWriteException(Step.TARGET, "folder " + parent + " does not exist", null);
            }
            return parent.toRealPath().resolve(absolute.getFileName());
        } catch (AtomicWriteException e) {
            throw e;
        } catch (IOException e) {
            throw new AtomicWriteException(
                    Step.TARGET, "cannot find where " + absolute + " is (" + IoErrors.reason(e) + ")", e);
        }
    }

    /** Cheap early version of {@link #requireUnchanged}: existence only, no hashing. */
    static void refuseWrongState(Path file, boolean exists, FileSnapshot expected) throws FileChangedOnDiskException {
        if (expected == null && exists) {
            throw createdMeanwhile(file);
        }
        if (expected != null && !exists) {
            throw deletedMeanwhile(file);
        }
    }

    static void refuseUnreplaceable(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new AtomicWriteException(Step.TARGET, file + " is a folder, not a file", null);
        }
        if (!Files.isRegularFile(file)) {
            throw new AtomicWriteException(Step.TARGET, file + " is not a regular file", null);
        }
        if (isReadOnly(file)) {
            throw new AtomicWriteException(
                    Step.TARGET, file + " is read-only; " + "make it writable if it should be changed", null);
        }
    }

    /**
     * A rename could replace a read-only file, but read-only says "do not change this". For
     * root {@code isWritable} is always true, so POSIX files without any write bit count too;
     * without POSIX (Windows) the file's read-only attribute is what Explorer's box sets.
     */
    static boolean isReadOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        if (!FileAccess.hasPosix(file)) {
            return file.getFileSystem().supportedFileAttributeViews().contains("dos")
                    && Files.readAttributes(file, DosFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                            .isReadOnly();
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        return !perms.contains(PosixFilePermission.OWNER_WRITE)
                && !perms.contains(PosixFilePermission.GROUP_WRITE)
                && !perms.contains(PosixFilePermission.OTHERS_WRITE);
    }

    static void requireUnchanged(Path file, FileSnapshot expected) throws IOException {
        if (expected == null) {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw createdMeanwhile(file);
            }
            return;
        }
        FileSnapshot now;
        try {
            now = FileSnapshot.of(file);
        } catch (NoSuchFileException e) {
            throw deletedMeanwhile(file);
        }
        if (!expected.sameContentAs(now)) {
            throw new FileChangedOnDiskException(file + " was changed by another program since it was read"
                    + " (now " + now.size() + " bytes, modified " + now.lastModified()
                    + "); nothing was saved: reload it and make the change again");
        }
    }

    static FileChangedOnDiskException createdMeanwhile(Path file) {
        return new FileChangedOnDiskException(file + " was created by another program meanwhile; nothing was saved");
    }

    static FileChangedOnDiskException deletedMeanwhile(Path file) {
        return new FileChangedOnDiskException(file + " was deleted or moved since it was read; nothing was saved");
    }
}
