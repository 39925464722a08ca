package io.p1vault.crypto;

import org.bouncycastle.crypto.digests.SHA256Digest;

import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104) and HKDF-SHA256 (RFC 5869). Written over the bare digest rather than
 * BouncyCastle's {@code HMac}/{@code HKDFBytesGenerator} because those keep copies of the key
 * (parameters, pads) that the caller cannot wipe.
 */
public final class HmacSha256 {
    public static final int LENGTH = 32;
    private static final int BLOCK = 64;

    private final SHA256Digest digest = new SHA256Digest();
    private final byte[] innerPad = new byte[BLOCK];
    private final byte[] outerPad = new byte[BLOCK];

    public HmacSha256(byte[] key) {
        byte[] k = key;
        if (key.length > BLOCK) {
            k = new byte[LENGTH];
            digest.update(key, 0, key.length);
            digest.doFinal(k, 0);
        }
        for (int i = 0; i < BLOCK; i++) {
            byte b = i < k.length ? k[i] : 0;
            innerPad[i] = (byte) (b ^ 0x36);
            outerPad[i] = (byte) (b ^ 0x5c);
        }
        if (k != key) {
            Arrays.fill(k, (byte) 0);
        }
        digest.update(innerPad, 0, BLOCK);
    }

    public HmacSha256 update(byte[] data) {
        return update(data, 0, data.length);
    }

    public HmacSha256 update(byte[] data, int off, int len) {
        digest.update(data, off, len);
        return this;
    }

    public HmacSha256 update(byte b) {
        digest.update(b);
        return this;
    }

    /** Finishes the MAC and wipes this instance; it cannot be used again. */
    public byte[] doFinal() {
        byte[] inner = new byte[LENGTH];
        digest.doFinal(inner, 0);
        digest.update(outerPad, 0, BLOCK);
        digest.update(inner, 0, LENGTH);
        byte[] mac = new byte[LENGTH];
        digest.doFinal(mac, 0);
        Arrays.fill(inner, (byte) 0);
        Arrays.fill(innerPad, (byte) 0);
        Arrays.fill(outerPad, (byte) 0);
        digest.reset();
        return mac;
    }

    public static byte[] mac(byte[] key, byte[] data) {
        return new HmacSha256(key).update(data).doFinal();
    }

    /** HKDF-SHA256 with an output of at most 32 bytes, which is all age needs. */
    public static byte[] hkdf(byte[] ikm, byte[] salt, byte[] info, int length) {
        if (length < 1 || length > LENGTH) {
            throw new IllegalArgumentException("HKDF output length must be 1..32");
        }
        byte[] prk = new HmacSha256(salt).update(ikm).doFinal();
        byte[] t = new HmacSha256(prk).update(info).update((byte) 1).doFinal();
        Arrays.fill(prk, (byte) 0);
        if (length == LENGTH) {
            return t;
        }
        byte[] okm = Arrays.copyOf(t, length);
        Arrays.fill(t, (byte) 0);
        return okm;
    }

    /** Compares in time independent of where the inputs differ. */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return org.bouncycastle.util.Arrays.constantTimeAreEqual(a, b);
    }
}
