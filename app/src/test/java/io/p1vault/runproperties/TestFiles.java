package io.p1vault.runproperties;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared test data (Surefire passes its folder as {@code p1vault.testdata}). */
final class TestFiles {
    private TestFiles() {
    }

    static Path realRunProperties() {
        String root = System.getProperty("p1vault.testdata");
        if (root == null) {
            throw new IllegalStateException("system property p1vault.testdata is not set");
        }
        return Path.of(root, "pingfederate", "run.properties.server-profile-template");
    }

    static byte[] realRunPropertiesBytes() throws IOException {
        return Files.readAllBytes(realRunProperties());
    }
}
