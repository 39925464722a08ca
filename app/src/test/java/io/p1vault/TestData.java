package io.p1vault;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the third-party reference data kept in the repository (src/test/resources/testdata; its
 * README names each file's source and licence). Surefire passes the folder as {@code p1vault.testdata};
 * the fallback serves a test started from an IDE in the module folder.
 */
public final class TestData {
    private TestData() {}

    public static Path dir() {
        String configured = System.getProperty("p1vault.testdata");
        Path dir = configured != null ? Path.of(configured) : Path.of("src", "test", "resources", "testdata");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("test data not found at " + dir.toAbsolutePath());
        }
        return dir;
    }

    public static Path resolve(String relative) {
        return dir().resolve(relative);
    }

    /** PingFederate's run.properties from Ping Identity's server profiles. */
    public static Path realRunProperties() {
        return resolve("pingfederate/run.properties.server-profile-template");
    }
}
