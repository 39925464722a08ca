package io.p1vault.cli;

import io.p1vault.storage.IoErrors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads secrets and passphrases as characters, never as Strings, so every copy can be wiped:
 * each intermediate buffer is cleared once its contents have moved on.
 */
final class SecretInput {
    /** Far above any credential or passphrase; stops a mistaken path such as /dev/zero from filling memory. */
    static final int MAX_CHARS = 1 << 20;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SecretInput() {}

    /** The whole of {@code file} as UTF-8 text; {@code what} names it in error messages. */
    static char[] readFile(Path file, String what) throws CliException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, what + " " + file);
        } catch (IOException e) {
            throw new CliException("Cannot read " + what + " " + file + ": " + IoErrors.reason(e) + ".");
        }
    }

    /** Everything up to the end of {@code in} (which stays open) as UTF-8 text. */
    static char[] read(InputStream in, String source) throws CliException, IOException {
        // Strict decoding: a secret silently altered by replacement characters would be worse than an error.
        Reader reader = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        char[] buffer = new char[512];
        int length = 0;
        try {
            for (int n; (n = reader.read(buffer, length, buffer.length - length)) >= 0; ) {
                length += n;
                if (length == buffer.length) {
                    if (length >= MAX_CHARS) {
                        throw new CliException(source + " is too large to hold a secret.");
                    }
                    char[] larger = Arrays.copyOf(buffer, buffer.length * 2);
                    Arrays.fill(buffer, '\0');
                    buffer = larger;
                }
            }
            // Editors on Windows start UTF-8 files with a byte order mark; it is never part of a secret.
            int start = length > 0 && buffer[0] == BYTE_ORDER_MARK ? 1 : 0;
            return Arrays.copyOfRange(buffer, start, length);
        } catch (CharacterCodingException e) {
            throw new CliException(source + " is not UTF-8 text.");
        } finally {
            Arrays.fill(buffer, '\0');
        }
    }

    /** The text without one trailing line ending (\n, \r\n or \r); wipes {@code text}. */
    static char[] withoutTrailingLineEnding(char[] text) {
        int end = text.length;
        if (end > 0 && text[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && text[end - 1] == '\r') {
            end--;
        }
        return cut(text, end);
    }

    /** The text up to its first line ending; wipes {@code text}. */
    static char[] firstLine(char[] text) {
        int end = 0;
        while (end < text.length && text[end] != '\n' && text[end] != '\r') {
            end++;
        }
        return cut(text, end);
    }

    private static char[] cut(char[] text, int end) {
        char[] out = Arrays.copyOf(text, end);
        Arrays.fill(text, '\0');
        return out;
    }
}
