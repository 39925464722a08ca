package io.p1vault.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a save runs as root in a folder another user can write (PingFederate's {@code bin/},
 * owned by its service account): that user can swap or link files there while root writes.
 * The writer guards each step against it; the user is still told, because the safe way is to
 * edit such a file as the account that owns the folder.
 */
final class FolderRisk {
    private static final int STICKY = 01000;
    private static final int GROUP_OR_OTHERS_WRITE = 0022;

    private FolderRisk() {}

    /** The warning for the folder of {@code file}, judged by the owner of a file this process just created. */
    static Optional<String> of(Path file, Path createdByUs) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return Optional.empty();
        }
        return of(file, (Integer) Files.getAttribute(createdByUs, "unix:uid", LinkOption.NOFOLLOW_LINKS));
    }

    /** The warning for the folder of {@code file} when this process runs as user id {@code me}. */
    static Optional<String> of(Path file, int me) throws IOException {
        Path folder = file.getParent();
        if (me != 0 || folder == null) {
            return Optional.empty();
        }
        int owner = (Integer) Files.getAttribute(folder, "unix:uid");
        int mode = (Integer) Files.getAttribute(folder, "unix:mode");
        boolean othersMayWrite = (mode & GROUP_OR_OTHERS_WRITE) != 0 && (mode & STICKY) == 0;
        if (owner == 0 && !othersMayWrite) {
            return Optional.empty();
        }
        return Optional.of("running as root in folder " + folder + ", which another user can write: that user"
                + " could tamper with files there during the save; prefer running as the folder's owner");
    }
}
