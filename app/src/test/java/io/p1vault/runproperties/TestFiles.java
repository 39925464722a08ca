package io.p1vault.runproperties;

import io.p1vault.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** PingFederate's real run.properties from the reference data. */
final class TestFiles {
    private TestFiles() {}

    static Path realRunProperties() {
        return TestData.realRunProperties();
    }

    static byte[] realRunPropertiesBytes() throws IOException {
        return Files.readAllBytes(realRunProperties());
    }
}
