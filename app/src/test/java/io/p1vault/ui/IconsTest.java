package io.p1vault.ui;

import io.p1vault.ui.base.Icons;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-app icons: each one an action names exists, and all are drawn so both themes can show them. */
class IconsTest {
    private static final Path FOLDER = Path.of("src/main/resources/io/p1vault/ui/icons");
    /**
     * IntelliJ's action and object colours, which FlatLaf's dark theme replaces with lighter ones;
     * white only as a detail on a coloured shape. Any other colour would look the same on both.
     */
    private static final Set<String> THEMED_COLOURS = Set.of(
            "#6E6E6E", "#389FD6", "#59A869", "#DB5860", "#EDA200", "#F4AF3D", "#40B6E0", "#62B543", "#B99BF8",
            "#9AA7B0", "#FFFFFF");

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}\\b");

    @Test
    void everyIconAnActionNamesExists() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Icons.class.getResourceAsStream("/io/p1vault/ui/messages.properties")) {
            messages.load(in);
        }
        List<String> icons = messages.stringPropertyNames().stream()
                .filter(k -> k.endsWith(".icon"))
                .map(messages::getProperty)
                .toList();
        assertThat(icons).isNotEmpty();
        for (String icon : icons) {
            assertThat(FOLDER.resolve(icon + ".svg")).as(icon).isRegularFile();
        }
    }

    @Test
    void everyIconIsA16PixelDrawingInTheThemedColours() throws IOException {
        List<Path> svgs;
        try (Stream<Path> files = Files.list(FOLDER)) {
            svgs = files.filter(p -> p.toString().endsWith(".svg")).toList();
        }
        assertThat(svgs).hasSizeGreaterThan(20);
        for (Path svg : svgs) {
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            assertThat(text).as(svg.getFileName().toString()).contains("viewBox=\"0 0 16 16\"");
            Matcher m = COLOUR.matcher(text);
            while (m.find()) {
                assertThat(m.group().toUpperCase(Locale.ROOT))
                        .as("colour in %s", svg.getFileName())
                        .isIn(THEMED_COLOURS);
            }
            assertThat(Icons.get(svg.getFileName().toString().replace(".svg", ""))
                            .hasFound())
                    .as(svg.toString())
                    .isTrue();
        }
    }
}
