package io.p1vault.release;

import io.p1vault.TestData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository outside the application module that the release tests check. */
final class RepositoryFiles {
    private RepositoryFiles() {}

    /** The repository's root: testdata → resources → test → src → app → the repository. */
    static Path root() {
        return TestData.dir()
                .toAbsolutePath()
                .normalize()
                .getParent()
                .getParent()
                .getParent()
                .getParent()
                .getParent();
    }

    static Path resolve(String relative) {
        return root().resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String relative) {
        return read(resolve(relative));
    }
}
