package io.p1vault.crypto.age;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Passphrase handling that leaves no unwiped copies behind. */
final class Passphrases {
    private Passphrases() {}

    /** The UTF-8 bytes of a passphrase; the caller wipes the result. */
    static byte[] utf8(char[] passphrase) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        // At most 3 bytes per UTF-16 unit, so one pass always fits.
        ByteBuffer buffer = ByteBuffer.allocate(passphrase.length * 3);
        try {
            CoderResult result = encoder.encode(CharBuffer.wrap(passphrase), buffer, true);
            if (result.isError() || encoder.flush(buffer).isError()) {
                throw new IllegalArgumentException("the passphrase contains an unpaired surrogate character");
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        } finally {
            Arrays.fill(buffer.array(), (byte) 0);
        }
    }
}
