package io.p1vault.storage;

import io.p1vault.testing.KillHarness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

/**
 * Child process of {@link AtomicFileWriterKillTest}: saves a file over and over with
 * alternating, self-checking versions until it is killed.
 */
public final class RewriteLoop {
    private static final String MAGIC = "p1vault-kill-test ";

    private RewriteLoop() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        AtomicFileWriter writer = new AtomicFileWriter();
        WriteOptions options = new WriteOptions(BackupPolicy.SINGLE, PermissionPolicy.OWNER_ONLY);
        FileSnapshot snapshot = Files.exists(file) ? FileSnapshot.of(file) : null;
        for (long n = 0; ; n++) {
            byte[] content = version(n, random);
            snapshot = writer.write(file, snapshot, options, out -> out.write(content), temp -> {
                        if (!Arrays.equals(Files.readAllBytes(temp), content)) {
                            throw new IOException("read-back mismatch");
                        }
                    })
                    .snapshot();
            if (n == 0) {
                System.out.println(KillHarness.READY);
                System.out.flush();
            }
        }
    }

    /**
     * A complete version: a header line with the SHA-256 of the body, then a body of varying
     * length (so a torn write cannot look complete).
     */
    static byte[] version(long n, Random random) {
        byte[] body = new byte[20_000 + random.nextInt(300_000)];
        random.nextBytes(body);
        byte[] header = (MAGIC + n + " " + FileSnapshot.sha256Hex(body) + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] content = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, content, header.length, body.length);
        return content;
    }

    /** Throws unless {@code content} is one complete version. */
    static void verify(byte[] content) {
        int newline = indexOf(content, (byte) '\n');
        if (newline < 0) {
            throw new AssertionError("no header line (" + content.length + " bytes)");
        }
        String header = new String(content, 0, newline, StandardCharsets.US_ASCII);
        if (!header.startsWith(MAGIC)) {
            throw new AssertionError("bad header: " + header);
        }
        String expected = header.substring(header.lastIndexOf(' ') + 1);
        String actual = FileSnapshot.sha256Hex(Arrays.copyOfRange(content, newline + 1, content.length));
        if (!HexFormat.of().formatHex(HexFormat.of().parseHex(expected)).equals(actual)) {
            throw new AssertionError("torn content: " + header + " but body hashes to " + actual);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
