package io.p1vault.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Creates the folders p1vault keeps its data in (vault, settings) owner-only ({@code rwx------})
 * rather than with the umask's usual {@code rwxr-xr-x}, so other local users cannot list them.
 * Folders that already exist are left as they are.
 */
public final class PrivateFolders {
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private PrivateFolders() {}

    public static void create(Path folder) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = folder.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        boolean posix = RealFileOps.supportsPosix(folder);
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            if (posix) {
                Files.createDirectory(next, OWNER_ONLY);
            } else {
                Files.createDirectory(next);
            }
        }
    }
}
