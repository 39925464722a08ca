package io.p1vault.crypto.age;

import io.p1vault.crypto.HmacSha256;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The age header: version line, recipient stanzas and the MAC line. Parsing is strict (only
 * canonical encodings) and reads exactly up to the end of the MAC line, leaving the stream at
 * the payload.
 */
public final class Header {
    static final String VERSION_LINE = "age-encryption.org/v1";
    private static final byte[] MAC_KEY_INFO = "header".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_STANZAS = 256;
    /**
     * Far above any real header (a post-quantum stanza is about 1.5 KiB), so a hostile file cannot
     * make the reader hold gigabytes before the MAC is even checked.
     */
    static final int MAX_HEADER_BYTES = 1024 * 1024;

    static final int MAX_STANZA_BODY = 64 * 1024;

    private final List<Stanza> stanzas;
    /** The header bytes the MAC covers: everything up to and including "---". */
    private final byte[] macInput;

    private final byte[] mac;

    private Header(List<Stanza> stanzas, byte[] macInput, byte[] mac) {
        this.stanzas = List.copyOf(stanzas);
        this.macInput = macInput;
        this.mac = mac;
    }

    public List<Stanza> stanzas() {
        return stanzas;
    }

    /** Builds a header for new stanzas, with its MAC under {@code fileKey}. */
    static Header create(List<Stanza> stanzas, byte[] fileKey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((VERSION_LINE + "\n").getBytes(StandardCharsets.US_ASCII));
        for (Stanza s : stanzas) {
            s.encodeTo(out);
        }
        out.writeBytes("---".getBytes(StandardCharsets.US_ASCII));
        byte[] macInput = out.toByteArray();
        return new Header(stanzas, macInput, computeMac(fileKey, macInput));
    }

    /** True when {@code fileKey} is the key this header was made with. */
    boolean macMatches(byte[] fileKey) {
        byte[] expected = computeMac(fileKey, macInput);
        boolean ok = HmacSha256.constantTimeEquals(expected, mac);
        Arrays.fill(expected, (byte) 0);
        return ok;
    }

    private static byte[] computeMac(byte[] fileKey, byte[] macInput) {
        byte[] key = HmacSha256.hkdf(fileKey, new byte[0], MAC_KEY_INFO, 32);
        byte[] result = HmacSha256.mac(key, macInput);
        Arrays.fill(key, (byte) 0);
        return result;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(macInput);
        out.write((" " + CanonicalBase64.encode(mac) + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a header, consuming exactly its bytes from {@code in}. */
    static Header read(InputStream in) throws IOException {
        LineReader lines = new LineReader(in);
        String version = lines.next("the file is empty or not an age file");
        if (!version.equals(VERSION_LINE)) {
            throw new AgeHeaderException(
                    version.startsWith("age-encryption.org/")
                            ? "unsupported age format version"
                            : "it does not start with the age version line");
        }
        List<Stanza> stanzas = new ArrayList<>();
        while (true) {
            String line = lines.next("the header ends before its MAC line");
            if (line.startsWith("---")) {
                return new Header(stanzas, lines.consumedBeforeLast("---".length()), parseMac(line));
            }
            if (!line.startsWith("-> ")) {
                throw new AgeHeaderException("a header line is neither a stanza nor the MAC line");
            }
            if (stanzas.size() == MAX_STANZAS) {
                throw new AgeHeaderException("too many recipient stanzas");
            }
            stanzas.add(parseStanza(line, lines));
        }
    }

    private static byte[] parseMac(String line) throws AgeHeaderException {
        byte[] mac = line.startsWith("--- ") ? CanonicalBase64.decode(line.substring(4)) : null;
        if (mac == null || mac.length != HmacSha256.LENGTH) {
            throw new AgeHeaderException("the MAC line is malformed");
        }
        return mac;
    }

    private static Stanza parseStanza(String line, LineReader lines) throws IOException {
        String[] parts = line.substring(3).split(" ", -1);
        for (String part : parts) {
            if (!Stanza.isValidArgument(part)) {
                throw new AgeHeaderException("a stanza has an empty or invalid argument");
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String bodyLine = lines.next("a stanza body is cut off");
            if (bodyLine.length() > Stanza.COLUMNS) {
                throw new AgeHeaderException("a stanza body line is longer than 64 columns");
            }
            byte[] chunk = CanonicalBase64.decode(bodyLine);
            if (chunk == null) {
                throw new AgeHeaderException("a stanza body is not canonical base64");
            }
            body.writeBytes(chunk);
            if (body.size() > MAX_STANZA_BODY) {
                throw new AgeHeaderException("a stanza body is larger than " + MAX_STANZA_BODY / 1024 + " KiB");
            }
            if (bodyLine.length() < Stanza.COLUMNS) {
                break;
            }
        }
        return new Stanza(parts[0], Arrays.asList(parts).subList(1, parts.length), body.toByteArray());
    }

    /** Reads LF-terminated ASCII lines one byte at a time, so nothing past the header is consumed. */
    private static final class LineReader {
        private final InputStream in;
        private final ByteArrayOutputStream consumed = new ByteArrayOutputStream();
        private int lastLineStart;

        LineReader(InputStream in) {
            this.in = in;
        }

        String next(String eofDetail) throws IOException {
            lastLineStart = consumed.size();
            StringBuilder line = new StringBuilder();
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new AgeHeaderException(eofDetail);
                }
                consumed.write(b);
                if (consumed.size() > MAX_HEADER_BYTES) {
                    throw new AgeHeaderException("the header is larger than " + MAX_HEADER_BYTES / 1024 + " KiB");
                }
                if (b == '\n') {
                    return line.toString();
                }
                if (b < 0x20 || b > 0x7e) {
                    throw new AgeHeaderException("the header contains a character that is not printable ASCII");
                }
                if (line.length() == MAX_LINE) {
                    throw new AgeHeaderException("a header line is too long");
                }
                line.append((char) b);
            }
        }

        /** The bytes consumed before the last line, plus the first {@code prefix} bytes of it. */
        byte[] consumedBeforeLast(int prefix) {
            return Arrays.copyOf(consumed.toByteArray(), lastLineStart + prefix);
        }
    }
}
