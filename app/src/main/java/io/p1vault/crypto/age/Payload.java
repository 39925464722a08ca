package io.p1vault.crypto.age;

import io.p1vault.crypto.ChaCha20Poly1305;
import io.p1vault.crypto.HmacSha256;

import java.nio.charset.StandardCharsets;

/** Constants and key derivation of the age STREAM payload. */
final class Payload {
    static final int CHUNK = 64 * 1024;
    static final int TAG = ChaCha20Poly1305.TAG_LENGTH;
    static final int SEALED_CHUNK = CHUNK + TAG;
    static final int NONCE_LENGTH = 16;
    private static final byte[] KEY_INFO = "payload".getBytes(StandardCharsets.US_ASCII);

    private Payload() {}

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
