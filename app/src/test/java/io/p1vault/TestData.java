package io.p1vault;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference data (../shared/testdata beside the checkout). */
public final class TestData {
    private TestData() {
    }

    public static Path dir() {
        String configured = System.getProperty("p1vault.testdata");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "testdata");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("shared test data not found at " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static Path resolve(String relative) {
        return dir().resolve(relative);
    }
}
