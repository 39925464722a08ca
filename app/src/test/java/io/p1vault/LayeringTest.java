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
        for (String layer : List.of("storage", "runproperties", "model")) {
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
}
