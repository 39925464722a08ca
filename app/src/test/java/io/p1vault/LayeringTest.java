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
        for (String layer : List.of("storage", "runproperties", "model", "pingfederate", "vault", "crypto", "desktop",
                "integrations")) {
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
        assertOnlyIn("com\\.fasterxml\\.jackson\\.dataformat\\.yaml", "integrations");
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

    /** Swing (and AWT, FlatLaf, MigLayout) only in the ui package; the command line has none either. */
    @Test
    void swingOnlyInTheUserInterface() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(SOURCES.resolve("ui"))).toList()) {
                assertThat(Files.readAllLines(file)).as(file.toString()).noneMatch(LayeringTest::importsSwing);
            }
        }
    }

    /** Presenters and form models are tested without a window, so they must not need one. */
    @Test
    void presentersHaveNoSwing() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve("ui"))) {
            List<Path> presenters = files.filter(f -> f.getFileName().toString()
                    .matches("(\\w*Presenter|\\w*Form|FormField|NewPassphrase|EntryDetails|HistoryRows|VaultSession|Property|Tasks|Dialogs|Failure)\\.java")).toList();
            assertThat(presenters).hasSizeGreaterThan(12);
            for (Path file : presenters) {
                assertThat(Files.readAllLines(file)).as(file.toString()).noneMatch(LayeringTest::importsSwing);
            }
        }
    }

    private static boolean importsSwing(String line) {
        return line.matches("import (static )?(javax\\.swing|java\\.awt|com\\.formdev|net\\.miginfocom)\\b.*");
    }
}
