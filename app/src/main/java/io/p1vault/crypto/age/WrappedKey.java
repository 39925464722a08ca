package io.p1vault.crypto.age;

import io.p1vault.crypto.ChaCha20Poly1305;

import javax.crypto.AEADBadTagException;
import java.util.Arrays;

/** The file key sealed in a stanza body: ChaCha20-Poly1305 under a wrap key with a zero nonce. */
final class WrappedKey {
    static final int BODY_LENGTH = FileKey.LENGTH + ChaCha20Poly1305.TAG_LENGTH;
    private static final byte[] ZERO_NONCE = new byte[12];

    private WrappedKey() {
    }

    static byte[] seal(byte[] wrapKey, FileKey fileKey) {
        byte[] body = new byte[BODY_LENGTH];
        ChaCha20Poly1305.seal(wrapKey, ZERO_NONCE, fileKey.bytes(), 0, FileKey.LENGTH, body, 0);
        return body;
    }

    /** Opens a body, or returns null when the wrap key is not the one it was sealed with. */
    static FileKey open(byte[] wrapKey, byte[] body) {
        byte[] plain = new byte[FileKey.LENGTH];
        try {
            ChaCha20Poly1305.open(wrapKey, ZERO_NONCE, body, 0, body.length, plain, 0);
            return new FileKey(plain);
        } catch (AEADBadTagException e) {
            return null;
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }
}
