package io.p1vault.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretInputTest {
    private static char[] read(byte[] bytes) throws Exception {
        return SecretInput.read(new ByteArrayInputStream(bytes), "the input");
    }

    private static String withoutLineEnding(String s) {
        return new String(SecretInput.withoutTrailingLineEnding(s.toCharArray()));
    }

    private static String firstLine(String s) {
        return new String(SecretInput.firstLine(s.toCharArray()));
    }

    @Test
    void dropsOneTrailingLineEnding() {
        assertThat(withoutLineEnding("a\n")).isEqualTo("a");
        assertThat(withoutLineEnding("a\r\n")).isEqualTo("a");
        assertThat(withoutLineEnding("a\r")).isEqualTo("a");
        assertThat(withoutLineEnding("a\n\n")).isEqualTo("a\n");
        assertThat(withoutLineEnding("a\r\n\r\n")).isEqualTo("a\r\n");
        assertThat(withoutLineEnding(" a ")).isEqualTo(" a ");
        assertThat(withoutLineEnding("")).isEmpty();
    }

    @Test
    void takesTheFirstLine() {
        assertThat(firstLine("pass phrase\r\nsecond")).isEqualTo("pass phrase");
        assertThat(firstLine("pass\rsecond")).isEqualTo("pass");
        assertThat(firstLine("no line ending")).isEqualTo("no line ending");
        assertThat(firstLine("\nsecond")).isEmpty();
    }

    @Test
    void wipesWhatItWasGiven() {
        char[] given = "secret\n".toCharArray();
        SecretInput.withoutTrailingLineEnding(given);
        assertThat(given).containsOnly('\0');
        char[] lines = "secret\nmore".toCharArray();
        SecretInput.firstLine(lines);
        assertThat(lines).containsOnly('\0');
    }

    @Test
    void readsUtf8AcrossBufferBoundaries() throws Exception {
        String text = "é€𝄞".repeat(3000) + "\n";
        assertThat(new String(read(text.getBytes(StandardCharsets.UTF_8)))).isEqualTo(text);
    }

    @Test
    void dropsAByteOrderMark() throws Exception {
        assertThat(new String(read("\uFEFFsecret".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("secret");
    }

    @Test
    void refusesWhatIsNotUtf8() {
        assertThatThrownBy(() -> read(new byte[] {'a', (byte) 0xFF, 'b'}))
                .isInstanceOf(CliException.class)
                .hasMessage("the input is not UTF-8 text.");
    }

    @Test
    void refusesWhatIsTooLargeForASecret() {
        assertThatThrownBy(() -> read(new byte[SecretInput.MAX_CHARS + 1]))
                .isInstanceOf(CliException.class)
                .hasMessage("the input is too large to hold a secret.");
    }
}
