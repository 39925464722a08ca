package io.p1vault.crypto.age;

import io.p1vault.crypto.ChaCha20Poly1305;
import io.p1vault.crypto.HmacSha256;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Constants and key derivation of the age STREAM payload. */
final class Payload {
    static final int CHUNK = 64 * 1024;
    static final int TAG = ChaCha20Poly1305.TAG_LENGTH;
    static final int SEALED_CHUNK = CHUNK + TAG;
    static final int NONCE_LENGTH = 16;
    private static final byte[] KEY_INFO = "payload".getBytes(StandardCharsets.US_ASCII);

    /** What {@link #prepare()} seals and opens: enough chunks for the chunk code to be compiled. */
    static final int WARM_UP_BYTES = 32 * CHUNK;

    private Payload() {}

    /**
     * Seals and then opens {@link #WARM_UP_BYTES} zero bytes under a throwaway key, so the
     * payload code runs compiled when a large file is opened; returns the bytes opened.
     */
    static byte[] prepare() {
        // An all-zero key: nothing secret ever passes through it.
        byte[] key = new byte[32];
        ByteArrayOutputStream sealed = new ByteArrayOutputStream(WARM_UP_BYTES + WARM_UP_BYTES / CHUNK * TAG + TAG);
        try {
            try (OutputStream out = new PayloadOutputStream(sealed, key)) {
                out.write(new byte[WARM_UP_BYTES]);
            }
            try (InputStream in = new PayloadInputStream(new ByteArrayInputStream(sealed.toByteArray()), key)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the payload code does not open what it sealed", e);
        }
    }

    static byte[] key(FileKey fileKey, byte[] nonce) {
        return HmacSha256.hkdf(fileKey.bytes(), nonce, KEY_INFO, 32);
    }

    /** The 12-byte chunk nonce: an 11-byte big-endian counter, then 1 on the last chunk. */
    static void chunkNonce(long counter, boolean last, byte[] nonce) {
        if (counter < 0) {
            throw new IllegalStateException("age STREAM chunk counter overflow");
        }
        java.util.Arrays.fill(nonce, (byte) 0);
        for (int i = 0; i < 8; i++) {
            nonce[10 - i] = (byte) (counter >>> (8 * i));
        }
        nonce[11] = (byte) (last ? 1 : 0);
    }
}
