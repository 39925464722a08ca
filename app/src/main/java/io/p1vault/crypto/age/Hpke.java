package io.p1vault.crypto.age;

import io.p1vault.crypto.ChaCha20Poly1305;
import io.p1vault.crypto.HmacSha256;

import javax.security.auth.Destroyable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The key schedule of HPKE (RFC 9180, section 5.1) in base mode with HKDF-SHA256 and
 * ChaCha20-Poly1305: from a KEM's shared secret and the application's {@code info} to the AEAD
 * key and nonce. age seals exactly one message (the file key) per context, so the first nonce
 * (sequence number 0, i.e. the base nonce itself) is the only one ever used.
 */
final class Hpke {
    private static final int KDF_HKDF_SHA256 = 0x0001;
    private static final int AEAD_CHACHA20_POLY1305 = 0x0003;
    private static final byte[] VERSION = "HPKE-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte MODE_BASE = 0x00;
    private static final byte[] EMPTY = new byte[0];

    private Hpke() {}

    /** The AEAD key and nonce of one HPKE context; {@link #destroy()} wipes them. */
    record Context(byte[] key, byte[] nonce) implements Destroyable {
        @Override
        public void destroy() {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(nonce, (byte) 0);
        }
    }

    /** KeySchedule(mode_base, shared_secret, info, psk = "", psk_id = "") for the given KEM. */
    static Context keySchedule(int kemId, byte[] sharedSecret, byte[] info) {
        byte[] suite = suiteId(kemId);
        byte[] pskIdHash = labeledExtract(suite, EMPTY, "psk_id_hash", EMPTY);
        byte[] infoHash = labeledExtract(suite, EMPTY, "info_hash", info);
        byte[] context = new byte[1 + pskIdHash.length + infoHash.length];
        context[0] = MODE_BASE;
        System.arraycopy(pskIdHash, 0, context, 1, pskIdHash.length);
        System.arraycopy(infoHash, 0, context, 1 + pskIdHash.length, infoHash.length);
        byte[] secret = labeledExtract(suite, sharedSecret, "secret", EMPTY);
        try {
            return new Context(
                    labeledExpand(suite, secret, "key", context, ChaCha20Poly1305.KEY_LENGTH),
                    labeledExpand(suite, secret, "base_nonce", context, ChaCha20Poly1305.NONCE_LENGTH));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] suiteId(int kemId) {
        return new byte[] {
            'H',
            'P',
            'K',
            'E',
            (byte) (kemId >>> 8),
            (byte) kemId,
            (byte) (KDF_HKDF_SHA256 >>> 8),
            (byte) KDF_HKDF_SHA256,
            (byte) (AEAD_CHACHA20_POLY1305 >>> 8),
            (byte) AEAD_CHACHA20_POLY1305
        };
    }

    /** HKDF-Extract(salt, "HPKE-v1" || suite_id || label || ikm); an empty salt is HMAC's zero key. */
    private static byte[] labeledExtract(byte[] suite, byte[] salt, String label, byte[] ikm) {
        return new HmacSha256(salt)
                .update(VERSION)
                .update(suite)
                .update(ascii(label))
                .update(ikm)
                .doFinal();
    }

    /** HKDF-Expand(prk, I2OSP(length, 2) || "HPKE-v1" || suite_id || label || info, length), one block. */
    private static byte[] labeledExpand(byte[] suite, byte[] prk, String label, byte[] info, int length) {
        byte[] block = new HmacSha256(prk)
                .update((byte) (length >>> 8))
                .update((byte) length)
                .update(VERSION)
                .update(suite)
                .update(ascii(label))
                .update(info)
                .update((byte) 1)
                .doFinal();
        byte[] out = Arrays.copyOf(block, length);
        Arrays.fill(block, (byte) 0);
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
