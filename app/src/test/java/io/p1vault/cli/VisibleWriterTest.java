package io.p1vault.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter under every command's output: no character that acts on a terminal gets through raw. */
class VisibleWriterTest {
    private static String filtered(String text) {
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(VisibleWriter.of(out))) {
            w.print(text);
        }
        return out.toString();
    }

    @Test
    void terminalEscapesBecomeVisible() {
        assertThat(filtered("evil\u001b]0;pwned\u0007\u001b[2Jx\n"))
                .isEqualTo("evil\\u001b]0;pwned\\u0007\\u001b[2Jx\n");
    }

    @Test
    void lineBreaksAndTabsPassButALoneCarriageReturnDoesNot() {
        assertThat(filtered("a\tb\r\nc\rd\u2028e")).isEqualTo("a\tb\r\nc\\u000dd\\u2028e");
    }

    /** Property: on random text, nothing invisible but a line feed, a tab or CR+LF is left. */
    @Test
    void randomText() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) {
                s.append((char) (random.nextBoolean() ? random.nextInt(0xa0) : random.nextInt(0x10000)));
            }
            String out =
                    filtered(s.toString()).replace("\r\n", "").replace("\n", "").replace("\t", "");
            assertThat(out.chars().filter(c -> io.p1vault.model.rules.VisibleText.isInvisible((char) c)))
                    .as("seed %d", seed)
                    .isEmpty();
        }
    }
}
