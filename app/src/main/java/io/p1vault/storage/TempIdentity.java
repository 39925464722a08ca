package io.p1vault.storage;

import io.p1vault.storage.AtomicWriteException.Step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The temporary file a save created, recognised by its file key (device and inode), so that a
 * temporary file swapped for a link or another file by whoever can write the folder is noticed
 * before its attributes are changed or it is renamed over the target. Every look is made
 * without following links.
 */
final class TempIdentity {
    private final Path path;
    private final Object key;

    private TempIdentity(Path path, Object key) {
        this.path = path;
        this.key = key;
    }

    /** Called right after the file was created exclusively: it must be a plain file with one name. */
    static TempIdentity of(Path path) throws AtomicWriteException {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isRegularFile() && linkCount(path) == 1) {
                return new TempIdentity(path, attributes.fileKey());
            }
        } catch (IOException gone) {
            // deleted or replaced between its creation and this look
        }
        throw swapped(path);
    }

    /** Throws unless the path still names the file that was created. */
    void require() throws AtomicWriteException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw swapped(path);
        }
        if (!now.isRegularFile() || (key != null && !Objects.equals(key, now.fileKey()))) {
            throw swapped(path);
        }
    }

    Path path() {
        return path;
    }

    private static int linkCount(Path path) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return 1;
        }
        return (Integer) Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
    }

    private static AtomicWriteException swapped(Path path) {
        return new AtomicWriteException(
                Step.CREATE_TEMP,
                "the temporary file " + path
                        + " was replaced by another program while saving (another user who can write this folder?);"
                        + " nothing was saved",
                null);
    }
}
