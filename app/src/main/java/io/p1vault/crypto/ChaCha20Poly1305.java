package io.p1vault.crypto;

import javax.crypto.AEADBadTagException;
import java.util.Arrays;

/**
 * RFC 8439 ChaCha20-Poly1305 with empty associated data: the AEAD of one age STREAM chunk.
 *
 * <p>{@link #open} computes and checks the tag over the whole ciphertext before it writes a
 * single byte of plaintext, so a caller never sees unauthenticated data, even in place.
 *
 * <p>Written here rather than taken from a library because on Java 17 it is about 2.5 times as
 * fast as the alternatives: single-thread on 64 KiB chunks, about 1050 MB/s against 410–465 MB/s
 * for SunJCE's {@code ChaCha20-Poly1305} and 390 MB/s for BouncyCastle's engine and MAC
 * (2-core AMD EPYC VM; {@code AeadBenchmark} under src/test compares them). ChaCha20 runs 16 blocks side by
 * side in word-major arrays, in loops simple enough for HotSpot's auto-vectoriser to turn into
 * SIMD instructions; Poly1305 uses 26-bit limbs and absorbs two blocks per carry chain. The
 * code is plain Java, so it is correct on any JVM; only its speed depends on vectorisation.
 *
 * <p>Stateless and thread-safe. Each call wipes the one-time Poly1305 key, the ChaCha20 state
 * and its key stream before returning.
 */
public final class ChaCha20Poly1305 {

    public static final int KEY_LENGTH = 32;
    public static final int NONCE_LENGTH = 12;
    public static final int TAG_LENGTH = 16;

    private static final int LANES = ChaCha20.LANES;
    private static final byte[] NO_AAD = new byte[0];

    private ChaCha20Poly1305() {}

    /**
     * Encrypts {@code in[inOff, inOff + len)} and writes the ciphertext followed by the 16-byte
     * tag to {@code out[outOff, outOff + len + 16)}. {@code in} and {@code out} may be the same
     * array at the same offset; other overlaps are rejected.
     *
     * @return {@code len + 16}
     * @throws IllegalArgumentException if the key is not 32 bytes, the nonce not 12 bytes, or
     *     the ranges overlap at different offsets
     * @throws IndexOutOfBoundsException if a range lies outside its array
     */
    public static int seal(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff) {
        return seal(key, nonce, NO_AAD, in, inOff, len, out, outOff);
    }

    /**
     * Verifies and decrypts {@code in[inOff, inOff + len)} (ciphertext followed by its 16-byte
     * tag), writing {@code len - 16} bytes of plaintext to {@code out} at {@code outOff}. Nothing
     * is written to {@code out} unless the tag is correct. {@code in} and {@code out} may be the
     * same array at the same offset; other overlaps are rejected.
     *
     * @return {@code len - 16}
     * @throws AEADBadTagException if the tag does not match (wrong key or nonce, modified or
     *     truncated data), or {@code len < 16}
     * @throws IllegalArgumentException as for {@link #seal}
     * @throws IndexOutOfBoundsException if a range lies outside its array
     */
    public static int open(byte[] key, byte[] nonce, byte[] in, int inOff, int len, byte[] out, int outOff)
            throws AEADBadTagException {
        return open(key, nonce, NO_AAD, in, inOff, len, out, outOff);
    }

    /** With associated data: age has none, but the RFC 8439 test vectors do. */
    static int seal(byte[] key, byte[] nonce, byte[] aad, byte[] in, int inOff, int len, byte[] out, int outOff) {
        checkKeyAndNonce(key, nonce);
        checkRange(in, inOff, len);
        checkRange(out, outOff, len + TAG_LENGTH);
        checkOverlap(in, inOff, out, outOff, len);
        int[] state = ChaCha20.initialState(key, nonce);
        int[] keyStream = new int[16 * LANES];
        long[] polyKey = new long[9];
        try {
            ChaCha20.keyStream(state, keyStream);
            polyKey(keyStream, polyKey);
            ChaCha20.xorKeyStream(state, keyStream, in, inOff, len, out, outOff);
            Poly1305.tag(polyKey, aad, out, outOff, len, out, outOff + len);
            return len + TAG_LENGTH;
        } finally {
            Arrays.fill(state, 0);
            Arrays.fill(keyStream, 0);
            Arrays.fill(polyKey, 0);
        }
    }

    static int open(byte[] key, byte[] nonce, byte[] aad, byte[] in, int inOff, int len, byte[] out, int outOff)
            throws AEADBadTagException {
        checkKeyAndNonce(key, nonce);
        checkRange(in, inOff, len);
        if (len < TAG_LENGTH) {
            throw new AEADBadTagException("ciphertext shorter than its tag");
        }
        int ctLen = len - TAG_LENGTH;
        checkRange(out, outOff, ctLen);
        checkOverlap(in, inOff, out, outOff, ctLen);
        int[] state = ChaCha20.initialState(key, nonce);
        int[] keyStream = new int[16 * LANES];
        long[] polyKey = new long[9];
        byte[] expected = new byte[TAG_LENGTH];
        try {
            ChaCha20.keyStream(state, keyStream);
            polyKey(keyStream, polyKey);
            Poly1305.tag(polyKey, aad, in, inOff, ctLen, expected, 0);
            if (!constantTimeEquals(expected, in, inOff + ctLen)) {
                throw new AEADBadTagException("chunk authentication failed");
            }
            ChaCha20.xorKeyStream(state, keyStream, in, inOff, ctLen, out, outOff);
            return ctLen;
        } finally {
            Arrays.fill(state, 0);
            Arrays.fill(keyStream, 0);
            Arrays.fill(polyKey, 0);
            Arrays.fill(expected, (byte) 0);
        }
    }

    private static void checkKeyAndNonce(byte[] key, byte[] nonce) {
        if (key.length != KEY_LENGTH || nonce.length != NONCE_LENGTH) {
            throw new IllegalArgumentException("key must be 32 bytes and nonce 12 bytes");
        }
    }

    private static void checkRange(byte[] a, int off, int len) {
        if (off < 0 || len < 0 || off > a.length - len) {
            throw new IndexOutOfBoundsException(
                    "range [" + off + ", " + off + " + " + len + ") out of bounds for length " + a.length);
        }
    }

    private static void checkOverlap(byte[] in, int inOff, byte[] out, int outOff, int len) {
        if (in == out && inOff != outOff && inOff < outOff + len && outOff < inOff + len) {
            throw new IllegalArgumentException("in and out overlap at different offsets");
        }
    }

    /** Compares all 16 bytes whatever the first difference, so timing reveals nothing. */
    private static boolean constantTimeEquals(byte[] expected, byte[] actual, int off) {
        int diff = 0;
        for (int i = 0; i < TAG_LENGTH; i++) {
            diff |= expected[i] ^ actual[off + i];
        }
        return diff == 0;
    }

    /** The one-time Poly1305 key is the first 32 bytes of block 0, lane 0 of {@code x}. */
    private static void polyKey(int[] x, long[] poly) {
        Poly1305.setKey(
                poly,
                x[0],
                x[LANES],
                x[2 * LANES],
                x[3 * LANES],
                x[4 * LANES],
                x[5 * LANES],
                x[6 * LANES],
                x[7 * LANES]);
    }
}
