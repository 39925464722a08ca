package io.p1vault.storage;

import io.p1vault.testing.KillHarness;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process of {@link TempSwapAttackTest}: the other user who can write the folder. It
 * replaces every temporary file a save creates there with a symbolic link to the victim file,
 * as fast as it can, until it is killed; it also counts its swaps on standard error.
 */
public final class TempSwapAttacker {
    private TempSwapAttacker() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Path victim = Path.of(args[1]);
        System.out.println(KillHarness.READY);
        System.out.flush();
        while (true) {
            try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*.tmp")) {
                for (Path temp : temps) {
                    swap(temp, victim);
                }
            } catch (IOException raced) {
                // the folder changed under the listing: look again
            }
        }
    }

    private static void swap(Path temp, Path victim) {
        try {
            if (Files.isSymbolicLink(temp)) {
                return;
            }
            Files.delete(temp);
            Files.createSymbolicLink(temp, victim);
            Path swapped = temp.resolveSibling(temp.getFileName() + ".swapped");
            Files.deleteIfExists(swapped);
            Files.createFile(swapped);
        } catch (IOException lost) {
            // the writer renamed or deleted it first
        }
    }
}
