package io.p1vault.crypto.age;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 22 (low): a hostile export whose header would make the reader allocate without bound. */
class HeaderLimitsTest {
    private static final String FULL_LINE = "A".repeat(Stanza.COLUMNS);

    private static byte[] header(int stanzas, int bodyLinesEach) {
        StringBuilder h = new StringBuilder(Header.VERSION_LINE).append('\n');
        for (int s = 0; s < stanzas; s++) {
            h.append("-> X25519 ").append("B".repeat(43)).append('\n');
            h.append((FULL_LINE + "\n").repeat(bodyLinesEach)).append("AAAA\n");
        }
        return h.append("--- ").append("C".repeat(43)).append('\n').toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void endlessStanzaBodyIsRefusedInsteadOfBuffered() {
        int linesOver64KiB = Header.MAX_STANZA_BODY / 48 + 2;

        assertThatThrownBy(() -> Age.readHeader(new ByteArrayInputStream(header(1, linesOver64KiB))))
                .isInstanceOf(AgeHeaderException.class)
                .hasMessageContaining("stanza body is larger than 64 KiB");
    }

    @Test
    void headerOfManyLargeStanzasIsRefusedInsteadOfBuffered() {
        int linesNear60KiB = 60 * 1024 / 48;

        assertThatThrownBy(() -> Age.readHeader(new ByteArrayInputStream(header(30, linesNear60KiB))))
                .isInstanceOf(AgeHeaderException.class)
                .hasMessageContaining("header is larger than 1024 KiB");
    }
}
