package io.p1vault.crypto.age;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads armored age strictly: optional surrounding whitespace, the BEGIN line, full 64-column
 * lines of canonical padded base64, one shorter final line, the END line. LF or CRLF endings.
 */
final class ArmorInputStream extends InputStream {
    private final InputStream in;
    private final byte[] decoded = new byte[Armor.BYTES_PER_LINE];
    private int pos;
    private int limit;
    private boolean started;
    private boolean ended;
    private AgeArmorException failure;

    ArmorInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos == limit) {
            if (failure != null) {
                throw failure;
            }
            if (ended) {
                return -1;
            }
            try {
                nextLine();
            } catch (AgeArmorException e) {
                failure = e;
                throw e;
            }
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(decoded, pos, b, off, n);
        pos += n;
        return n;
    }

    private void nextLine() throws IOException {
        if (!started) {
            skipLeadingWhitespaceAndBegin();
            started = true;
        }
        String line = readLine();
        if (line.equals(Armor.END)) {
            ended = true;
            drainTrailingWhitespace();
            return;
        }
        if (line.isEmpty()) {
            throw new AgeArmorException("there is an empty line inside the armor");
        }
        if (line.length() > Armor.COLUMNS) {
            throw new AgeArmorException("a line is longer than 64 columns");
        }
        limit = decodeCanonical(line);
        pos = 0;
        if (limit < Armor.BYTES_PER_LINE) {
            if (!readLine().equals(Armor.END)) {
                throw new AgeArmorException("a short line is not followed by the END line");
            }
            ended = true;
            drainTrailingWhitespace();
        }
    }

    private int decodeCanonical(String line) throws AgeArmorException {
        if (line.length() % 4 != 0) {
            throw new AgeArmorException("a line is not padded base64");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(line);
        } catch (IllegalArgumentException e) {
            throw new AgeArmorException("a line is not valid base64");
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(line)) {
            throw new AgeArmorException("a line is not canonical base64");
        }
        System.arraycopy(bytes, 0, decoded, 0, bytes.length);
        return bytes.length;
    }

    private void skipLeadingWhitespaceAndBegin() throws IOException {
        int skipped = 0;
        while (true) {
            String line = readLine();
            if (line.isBlank()) {
                skipped += line.length() + 1;
                if (skipped > Armor.MAX_WHITESPACE) {
                    throw new AgeArmorException("too much whitespace before the BEGIN line");
                }
                continue;
            }
            if (!line.equals(Armor.BEGIN)) {
                throw new AgeArmorException("it does not start with the BEGIN AGE ENCRYPTED FILE line");
            }
            return;
        }
    }

    private void drainTrailingWhitespace() throws IOException {
        byte[] rest = in.readNBytes(Armor.MAX_WHITESPACE);
        if (!new String(rest, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new AgeArmorException("there is data after the END line");
        }
        if (rest.length == Armor.MAX_WHITESPACE) {
            throw new AgeArmorException("too much whitespace after the END line");
        }
    }

    /** A line without its LF or CRLF; the last line may lack an ending. */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.length() == 0) {
                    throw new AgeArmorException("the text ends before the END line");
                }
                break;
            }
            if (b == '\n') {
                break;
            }
            if (line.length() > Armor.MAX_WHITESPACE + Armor.COLUMNS) {
                throw new AgeArmorException("a line is too long");
            }
            line.append((char) b);
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
