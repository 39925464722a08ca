package io.p1vault.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Creates the folders p1vault keeps its data in (vault, settings) owner-only ({@code rwx------}, or
 * on Windows an ACL of the user alone, inherited by what is created inside) rather than with the
 * umask's usual {@code rwxr-xr-x} or the parent's inherited ACL, so other local users cannot list
 * them. Folders that already exist are left as they are.
 */
public final class PrivateFolders {
    private PrivateFolders() {}

    public static void create(Path folder) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = folder.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            Files.createDirectory(next, FileAccess.atCreation(next, true));
            FileAccess.restrictCreated(next, true);
        }
    }
}
