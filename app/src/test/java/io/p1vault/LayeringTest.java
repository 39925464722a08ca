package io.p1vault;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Services and the model stay free of front ends, so the GUI and the CLI share them. */
class LayeringTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "io", "p1vault");

    @Test
    void servicesDoNotImportFrontEnds() throws IOException {
        for (String layer : List.of("storage", "runproperties", "model", "pingfederate")) {
            Path folder = SOURCES.resolve(layer);
            assertThat(folder).isDirectory();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    assertThat(Files.readAllLines(file)).as(file.toString())
                            .noneMatch(line -> line.matches("import (static )?(picocli|javax\\.swing|java\\.awt"
                                    + "|com\\.formdev|net\\.miginfocom|io\\.p1vault\\.(cli|ui))\\b.*"));
                }
            }
        }
    }

    @Test
    void librariesStayInTheirPackages() throws IOException {
        assertOnlyIn("okhttp3", "pingfederate");
        assertOnlyIn("com\\.sun\\.net\\.httpserver", "pingfederate/standin");
        assertOnlyIn("org\\.bouncycastle", "crypto");
    }

    /** Imports of {@code packageRegex} appear only in files under {@code allowedFolder}. */
    private static void assertOnlyIn(String packageRegex, String allowedFolder) throws IOException {
        Path allowed = SOURCES.resolve(allowedFolder);
        boolean used = false;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                boolean imports = Files.readAllLines(file).stream()
                        .anyMatch(line -> line.matches("import (static )?" + packageRegex + "\\b.*"));
                assertThat(!imports || file.startsWith(allowed)).as(file + " imports " + packageRegex).isTrue();
                used |= imports;
            }
        }
        assertThat(used).as(packageRegex + " is used at all (else this rule checks nothing)").isTrue();
    }
}
