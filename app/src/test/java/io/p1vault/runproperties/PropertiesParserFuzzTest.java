package io.p1vault.runproperties;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Random text built from the characters the grammar cares about: the parser must agree with Properties. */
class PropertiesParserFuzzTest {
    private static final String ALPHABET = "ab=: \t\f\\\\\n\n\r#!u0Ff\u00e9";

    @Test
    void parserAgreesWithPropertiesOnRandomText() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int k = 0; k < length; k++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            check(text.toString(), seed);
        }
    }

    @Test
    void knownQuirksOfTheLineReader() {
        for (String text : new String[] {
            "\\",
            "\\\n",
            "\\\r\n",
            "\\\r",
            "\\\n ",
            "k\\\n",
            "\\\n#c\nk=v",
            "k=a\\\n\nb",
            "k=a\\\r\n \r\nb",
            "  \\\n  \\\n k = v\\\\\n",
            "#c\\\nk=v",
            "k\\ ey\\:x = \\ v",
            "k=\\u0041\\u00e9\\t",
            "k==v",
            "k:=v",
            "k \t = : v",
            "!x\r\r\n\rk",
            "k=v\\\n   \\\n",
            "a\\\n\\\n\\\nb=c",
        }) {
            check(text, 0);
        }
    }

    @Test
    void malformedUnicodeEscapeIsRefusedLikeProperties() {
        assertThatThrownBy(() -> PropertiesOracle.load("a=\\u00zz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PropertiesDocument.parse("x=1\n\na=\\u00zz\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 3: malformed \\uXXXX escape");
    }

    private static void check(String text, long seed) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String> expected;
        try {
            expected = PropertiesOracle.load(bytes);
        } catch (IllegalArgumentException malformed) {
            assertThatThrownBy(() -> PropertiesDocument.parse(bytes))
                    .as(describe(text, seed))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        PropertiesDocument document = PropertiesDocument.parse(bytes);
        assertThat(document.toBytes()).as(describe(text, seed)).isEqualTo(bytes);
        assertThat(document.toMap()).as(describe(text, seed)).isEqualTo(expected);
    }

    private static String describe(String text, long seed) {
        return "text \""
                + text.replace("\\", "\\\\")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r")
                        .replace("\t", "\\t")
                        .replace("\f", "\\f")
                + "\" (seed " + seed + ")";
    }
}
