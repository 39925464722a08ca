package io.p1vault.crypto.age;

import io.p1vault.crypto.ChaCha20Poly1305;

import javax.crypto.AEADBadTagException;
import java.util.Arrays;

/**
 * The file key sealed in a stanza body: ChaCha20-Poly1305 under a wrap key, with a zero nonce
 * (X25519, scrypt) or the HPKE context's nonce (mlkem768x25519).
 */
final class WrappedKey {
    static final int BODY_LENGTH = FileKey.LENGTH + ChaCha20Poly1305.TAG_LENGTH;
    private static final byte[] ZERO_NONCE = new byte[12];

    private WrappedKey() {}

    static byte[] seal(byte[] wrapKey, FileKey fileKey) {
        return seal(wrapKey, ZERO_NONCE, fileKey);
    }

    static byte[] seal(byte[] wrapKey, byte[] nonce, FileKey fileKey) {
        byte[] body = new byte[BODY_LENGTH];
        ChaCha20Poly1305.seal(wrapKey, nonce, fileKey.bytes(), 0, FileKey.LENGTH, body, 0);
        return body;
    }

    /** Opens a body, or returns null when the wrap key is not the one it was sealed with. */
    static FileKey open(byte[] wrapKey, byte[] body) {
        return open(wrapKey, ZERO_NONCE, body);
    }

    static FileKey open(byte[] wrapKey, byte[] nonce, byte[] body) {
        byte[] plain = new byte[FileKey.LENGTH];
        try {
            ChaCha20Poly1305.open(wrapKey, nonce, body, 0, body.length, plain, 0);
            return new FileKey(plain);
        } catch (AEADBadTagException e) {
            return null;
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }
}
