package io.p1vault.crypto;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;

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

    /** Blocks computed side by side: with 16 ints a row, AVX2 and AVX-512 loops both vectorise. */
    private static final int LANES = 16;

    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte[] NO_AAD = new byte[0];
    private static final long M26 = 0x3ffffff;
    private static final long HIBIT = 1L << 24;

    private ChaCha20Poly1305() {
    }

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
        int[] state = initialState(key, nonce);
        int[] keyStream = new int[16 * LANES];
        long[] polyKey = new long[9];
        try {
            keyStream(state, keyStream);
            polyKey(keyStream, polyKey);
            xorKeyStream(state, keyStream, in, inOff, len, out, outOff);
            tag(polyKey, aad, out, outOff, len, out, outOff + len);
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
        int[] state = initialState(key, nonce);
        int[] keyStream = new int[16 * LANES];
        long[] polyKey = new long[9];
        byte[] expected = new byte[TAG_LENGTH];
        try {
            keyStream(state, keyStream);
            polyKey(keyStream, polyKey);
            tag(polyKey, aad, in, inOff, ctLen, expected, 0);
            if (!constantTimeEquals(expected, in, inOff + ctLen)) {
                throw new AEADBadTagException("chunk authentication failed");
            }
            xorKeyStream(state, keyStream, in, inOff, ctLen, out, outOff);
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

    /**
     * The ChaCha20 input of blocks 0..15 side by side, word-major: word w of block l is at
     * {@code w * 16 + l}. Only row 12, the block counters, differs between blocks.
     */
    private static int[] initialState(byte[] key, byte[] nonce) {
        int[] s = new int[16 * LANES];
        int[] words = new int[16];
        words[0] = 0x61707865;
        words[1] = 0x3320646e;
        words[2] = 0x79622d32;
        words[3] = 0x6b206574;
        for (int i = 0; i < 8; i++) {
            words[4 + i] = (int) INT_LE.get(key, 4 * i);
        }
        words[13] = (int) INT_LE.get(nonce, 0);
        words[14] = (int) INT_LE.get(nonce, 4);
        words[15] = (int) INT_LE.get(nonce, 8);
        for (int w = 0; w < 16; w++) {
            Arrays.fill(s, w * LANES, (w + 1) * LANES, words[w]);
        }
        for (int l = 0; l < LANES; l++) {
            s[12 * LANES + l] = l;
        }
        Arrays.fill(words, 0);
        return s;
    }

    /** Moves {@code s} on to the next 16 blocks. */
    private static void nextBlocks(int[] s) {
        for (int l = 0; l < LANES; l++) {
            s[12 * LANES + l] += LANES;
        }
    }

    /**
     * The 16 ChaCha20 blocks whose input is {@code s}, into {@code x} in the same layout. Every
     * loop runs over the 16 blocks with the same operation, the shape HotSpot's superword pass
     * turns into SIMD instructions.
     */
    private static void keyStream(int[] s, int[] x) {
        System.arraycopy(s, 0, x, 0, 16 * LANES);
        for (int round = 0; round < 10; round++) {
            doubleRound(x);
        }
        for (int i = 0; i < 16 * LANES; i++) {
            x[i] += s[i];
        }
    }

    /**
     * One column round and one diagonal round on 16 blocks, each quarter round a loop over the
     * blocks. The row offsets are literals on purpose: written as a helper taking offsets, the
     * loops vectorised only when HotSpot happened to inline it, and this version measured about
     * 10% faster than the best of those.
     */
    private static void doubleRound(int[] x) {
        for (int l = 0; l < LANES; l++) {
            int va = x[0 * LANES + l];
            int vb = x[4 * LANES + l];
            int vc = x[8 * LANES + l];
            int vd = x[12 * LANES + l];
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 16);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 12);
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 8);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 7);
            x[0 * LANES + l] = va;
            x[4 * LANES + l] = vb;
            x[8 * LANES + l] = vc;
            x[12 * LANES + l] = vd;
        }
        for (int l = 0; l < LANES; l++) {
            int va = x[1 * LANES + l];
            int vb = x[5 * LANES + l];
            int vc = x[9 * LANES + l];
            int vd = x[13 * LANES + l];
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 16);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 12);
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 8);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 7);
            x[1 * LANES + l] = va;
            x[5 * LANES + l] = vb;
            x[9 * LANES + l] = vc;
            x[13 * LANES + l] = vd;
        }
        for (int l = 0; l < LANES; l++) {
            int va = x[2 * LANES + l];
            int vb = x[6 * LANES + l];
            int vc = x[10 * LANES + l];
            int vd = x[14 * LANES + l];
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 16);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 12);
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 8);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 7);
            x[2 * LANES + l] = va;
            x[6 * LANES + l] = vb;
            x[10 * LANES + l] = vc;
            x[14 * LANES + l] = vd;
        }
        for (int l = 0; l < LANES; l++) {
            int va = x[3 * LANES + l];
            int vb = x[7 * LANES + l];
            int vc = x[11 * LANES + l];
            int vd = x[15 * LANES + l];
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 16);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 12);
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 8);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 7);
            x[3 * LANES + l] = va;
            x[7 * LANES + l] = vb;
            x[11 * LANES + l] = vc;
            x[15 * LANES + l] = vd;
        }
        for (int l = 0; l < LANES; l++) {
            int va = x[0 * LANES + l];
            int vb = x[5 * LANES + l];
            int vc = x[10 * LANES + l];
            int vd = x[15 * LANES + l];
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 16);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 12);
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 8);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 7);
            x[0 * LANES + l] = va;
            x[5 * LANES + l] = vb;
            x[10 * LANES + l] = vc;
            x[15 * LANES + l] = vd;
        }
        for (int l = 0; l < LANES; l++) {
            int va = x[1 * LANES + l];
            int vb = x[6 * LANES + l];
            int vc = x[11 * LANES + l];
            int vd = x[12 * LANES + l];
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 16);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 12);
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 8);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 7);
            x[1 * LANES + l] = va;
            x[6 * LANES + l] = vb;
            x[11 * LANES + l] = vc;
            x[12 * LANES + l] = vd;
        }
        for (int l = 0; l < LANES; l++) {
            int va = x[2 * LANES + l];
            int vb = x[7 * LANES + l];
            int vc = x[8 * LANES + l];
            int vd = x[13 * LANES + l];
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 16);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 12);
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 8);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 7);
            x[2 * LANES + l] = va;
            x[7 * LANES + l] = vb;
            x[8 * LANES + l] = vc;
            x[13 * LANES + l] = vd;
        }
        for (int l = 0; l < LANES; l++) {
            int va = x[3 * LANES + l];
            int vb = x[4 * LANES + l];
            int vc = x[9 * LANES + l];
            int vd = x[14 * LANES + l];
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 16);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 12);
            va += vb;
            vd = Integer.rotateLeft(vd ^ va, 8);
            vc += vd;
            vb = Integer.rotateLeft(vb ^ vc, 7);
            x[3 * LANES + l] = va;
            x[4 * LANES + l] = vb;
            x[9 * LANES + l] = vc;
            x[14 * LANES + l] = vd;
        }
    }

    /** The one-time Poly1305 key is the first 32 bytes of block 0, lane 0 of {@code x}. */
    private static void polyKey(int[] x, long[] poly) {
        setPolyKey(poly, x[0], x[LANES], x[2 * LANES], x[3 * LANES],
                x[4 * LANES], x[5 * LANES], x[6 * LANES], x[7 * LANES]);
    }

    /** poly = r clamped, in 26-bit limbs, then the four 32-bit words of s. */
    private static void setPolyKey(long[] poly, int r0, int r1, int r2, int r3, int s0, int s1, int s2, int s3) {
        long t0 = r0 & 0xffffffffL;
        long t1 = r1 & 0xffffffffL;
        long t2 = r2 & 0xffffffffL;
        long t3 = r3 & 0xffffffffL;
        poly[0] = t0 & 0x3ffffff;
        poly[1] = ((t0 >>> 26) | (t1 << 6)) & 0x3ffff03;
        poly[2] = ((t1 >>> 20) | (t2 << 12)) & 0x3ffc0ff;
        poly[3] = ((t2 >>> 14) | (t3 << 18)) & 0x3f03fff;
        poly[4] = (t3 >>> 8) & 0x00fffff;
        poly[5] = s0 & 0xffffffffL;
        poly[6] = s1 & 0xffffffffL;
        poly[7] = s2 & 0xffffffffL;
        poly[8] = s3 & 0xffffffffL;
    }

    /**
     * XORs the key stream from block 1 on over {@code len} bytes. {@code x} holds blocks 0..15
     * on entry, so the first group uses its lanes 1..15; later groups are computed here.
     */
    private static void xorKeyStream(int[] s, int[] x, byte[] in, int inOff, int len, byte[] out, int outOff) {
        int pos = 0;
        int lane = 1;
        while (pos < len) {
            if (lane == LANES) {
                nextBlocks(s);
                keyStream(s, x);
                lane = 0;
            }
            int n = Math.min(64, len - pos);
            xorBlock(x, lane, in, inOff + pos, out, outOff + pos, n);
            pos += n;
            lane++;
        }
    }

    private static void xorBlock(int[] x, int lane, byte[] in, int i, byte[] out, int o, int n) {
        if (n == 64) {
            for (int w = 0; w < 16; w += 2) {
                long k = (x[w * LANES + lane] & 0xffffffffL) | ((long) x[(w + 1) * LANES + lane] << 32);
                LONG_LE.set(out, o + 4 * w, k ^ (long) LONG_LE.get(in, i + 4 * w));
            }
        } else {
            for (int k = 0; k < n; k++) {
                int word = x[(k >>> 2) * LANES + lane];
                out[o + k] = (byte) (in[i + k] ^ (word >>> (8 * (k & 3))));
            }
        }
    }

    /**
     * RFC 8439 §2.8 tag: Poly1305 over AAD and ciphertext, each zero-padded to 16 bytes, then
     * both lengths as little-endian 64-bit numbers.
     */
    private static void tag(long[] poly, byte[] aad, byte[] ct, int off, int len, byte[] tag, int tagOff) {
        long[] h = new long[5];
        long[] rr = new long[5];
        byte[] last = new byte[16];
        try {
            square(poly, rr);
            absorbZeroPadded(h, poly, rr, aad, 0, aad.length, last);
            absorbZeroPadded(h, poly, rr, ct, off, len, last);
            block(h, poly, aad.length, len, HIBIT);
            finish(h, poly, tag, tagOff);
        } finally {
            Arrays.fill(h, 0);
            Arrays.fill(rr, 0);
            Arrays.fill(last, (byte) 0);
        }
    }

    /**
     * Plain Poly1305 (RFC 8439 §2.5) of {@code m} under a 32-byte one-time key: the same code as
     * the AEAD's tag except for the final partial block, here so that the RFC's edge-case
     * vectors for the modular reduction can test it.
     */
    static void mac(byte[] key, byte[] m, int off, int len, byte[] tag, int tagOff) {
        long[] poly = new long[9];
        long[] h = new long[5];
        long[] rr = new long[5];
        byte[] last = new byte[16];
        try {
            setPolyKey(poly, (int) INT_LE.get(key, 0), (int) INT_LE.get(key, 4), (int) INT_LE.get(key, 8),
                    (int) INT_LE.get(key, 12), (int) INT_LE.get(key, 16), (int) INT_LE.get(key, 20),
                    (int) INT_LE.get(key, 24), (int) INT_LE.get(key, 28));
            square(poly, rr);
            int full = len & ~15;
            absorbFullBlocks(h, poly, rr, m, off, full);
            if (len > full) {
                System.arraycopy(m, off + full, last, 0, len - full);
                last[len - full] = 1;
                block(h, poly, (long) LONG_LE.get(last, 0), (long) LONG_LE.get(last, 8), 0);
            }
            finish(h, poly, tag, tagOff);
        } finally {
            Arrays.fill(poly, 0);
            Arrays.fill(h, 0);
            Arrays.fill(rr, 0);
            Arrays.fill(last, (byte) 0);
        }
    }

    private static void absorbZeroPadded(long[] h, long[] r, long[] rr, byte[] m, int off, int len, byte[] last) {
        int full = len & ~15;
        absorbFullBlocks(h, r, rr, m, off, full);
        if (len > full) {
            Arrays.fill(last, (byte) 0);
            System.arraycopy(m, off + full, last, 0, len - full);
            block(h, r, (long) LONG_LE.get(last, 0), (long) LONG_LE.get(last, 8), HIBIT);
        }
    }

    /** {@code len} is a multiple of 16. */
    private static void absorbFullBlocks(long[] h, long[] r, long[] rr, byte[] m, int off, int len) {
        int pairs = len / 32;
        blockPairs(h, r, rr, m, off, pairs);
        if (len - 32 * pairs == 16) {
            int p = off + 32 * pairs;
            block(h, r, (long) LONG_LE.get(m, p), (long) LONG_LE.get(m, p + 8), HIBIT);
        }
    }

    /** rr = r² mod 2¹³⁰ − 5, in 26-bit limbs. */
    private static void square(long[] r, long[] rr) {
        long r0 = r[0];
        long r1 = r[1];
        long r2 = r[2];
        long r3 = r[3];
        long r4 = r[4];
        long s1 = r1 * 5;
        long s2 = r2 * 5;
        long s3 = r3 * 5;
        long s4 = r4 * 5;
        long d0 = r0 * r0 + r1 * s4 + r2 * s3 + r3 * s2 + r4 * s1;
        long d1 = r0 * r1 + r1 * r0 + r2 * s4 + r3 * s3 + r4 * s2;
        long d2 = r0 * r2 + r1 * r1 + r2 * r0 + r3 * s4 + r4 * s3;
        long d3 = r0 * r3 + r1 * r2 + r2 * r1 + r3 * r0 + r4 * s4;
        long d4 = r0 * r4 + r1 * r3 + r2 * r2 + r3 * r1 + r4 * r0;
        long c = d0 >>> 26;
        rr[0] = d0 & M26;
        d1 += c;
        c = d1 >>> 26;
        rr[1] = d1 & M26;
        d2 += c;
        c = d2 >>> 26;
        rr[2] = d2 & M26;
        d3 += c;
        c = d3 >>> 26;
        rr[3] = d3 & M26;
        d4 += c;
        c = d4 >>> 26;
        rr[4] = d4 & M26;
        rr[0] += c * 5;
        c = rr[0] >>> 26;
        rr[0] &= M26;
        rr[1] += c;
    }

    /**
     * Absorbs 2·pairs full blocks as h = (h + m1)·r² + m2·r: two independent products per pair
     * and one carry chain, which halves the serial latency that bounds a one-block-at-a-time loop.
     */
    private static void blockPairs(long[] h, long[] r, long[] rr, byte[] m, int off, int pairs) {
        long r0 = r[0];
        long r1 = r[1];
        long r2 = r[2];
        long r3 = r[3];
        long r4 = r[4];
        long s1 = r1 * 5;
        long s2 = r2 * 5;
        long s3 = r3 * 5;
        long s4 = r4 * 5;
        long q0 = rr[0];
        long q1 = rr[1];
        long q2 = rr[2];
        long q3 = rr[3];
        long q4 = rr[4];
        long t1 = q1 * 5;
        long t2 = q2 * 5;
        long t3 = q3 * 5;
        long t4 = q4 * 5;
        long h0 = h[0];
        long h1 = h[1];
        long h2 = h[2];
        long h3 = h[3];
        long h4 = h[4];
        for (int i = 0, p = off; i < pairs; i++, p += 32) {
            long lo = (long) LONG_LE.get(m, p);
            long hi = (long) LONG_LE.get(m, p + 8);
            h0 += lo & M26;
            h1 += (lo >>> 26) & M26;
            h2 += ((lo >>> 52) | (hi << 12)) & M26;
            h3 += (hi >>> 14) & M26;
            h4 += (hi >>> 40) | HIBIT;
            lo = (long) LONG_LE.get(m, p + 16);
            hi = (long) LONG_LE.get(m, p + 24);
            long m0 = lo & M26;
            long m1 = (lo >>> 26) & M26;
            long m2 = ((lo >>> 52) | (hi << 12)) & M26;
            long m3 = (hi >>> 14) & M26;
            long m4 = (hi >>> 40) | HIBIT;

            long d0 = h0 * q0 + h1 * t4 + h2 * t3 + h3 * t2 + h4 * t1
                    + m0 * r0 + m1 * s4 + m2 * s3 + m3 * s2 + m4 * s1;
            long d1 = h0 * q1 + h1 * q0 + h2 * t4 + h3 * t3 + h4 * t2
                    + m0 * r1 + m1 * r0 + m2 * s4 + m3 * s3 + m4 * s2;
            long d2 = h0 * q2 + h1 * q1 + h2 * q0 + h3 * t4 + h4 * t3
                    + m0 * r2 + m1 * r1 + m2 * r0 + m3 * s4 + m4 * s3;
            long d3 = h0 * q3 + h1 * q2 + h2 * q1 + h3 * q0 + h4 * t4
                    + m0 * r3 + m1 * r2 + m2 * r1 + m3 * r0 + m4 * s4;
            long d4 = h0 * q4 + h1 * q3 + h2 * q2 + h3 * q1 + h4 * q0
                    + m0 * r4 + m1 * r3 + m2 * r2 + m3 * r1 + m4 * r0;

            long c = d0 >>> 26;
            h0 = d0 & M26;
            d1 += c;
            c = d1 >>> 26;
            h1 = d1 & M26;
            d2 += c;
            c = d2 >>> 26;
            h2 = d2 & M26;
            d3 += c;
            c = d3 >>> 26;
            h3 = d3 & M26;
            d4 += c;
            c = d4 >>> 26;
            h4 = d4 & M26;
            h0 += c * 5;
            c = h0 >>> 26;
            h0 &= M26;
            h1 += c;
        }
        h[0] = h0;
        h[1] = h1;
        h[2] = h2;
        h[3] = h3;
        h[4] = h4;
    }

    /**
     * Absorbs one 16-byte block given as two little-endian longs; {@code hibit} is 2¹²⁸ in limb 4
     * ({@link #HIBIT}) for a full block, 0 for the final block of a plain MAC, which carries its
     * own 1 byte.
     */
    private static void block(long[] h, long[] r, long lo, long hi, long hibit) {
        long r0 = r[0];
        long r1 = r[1];
        long r2 = r[2];
        long r3 = r[3];
        long r4 = r[4];
        long s1 = r1 * 5;
        long s2 = r2 * 5;
        long s3 = r3 * 5;
        long s4 = r4 * 5;
        long h0 = h[0] + (lo & M26);
        long h1 = h[1] + ((lo >>> 26) & M26);
        long h2 = h[2] + (((lo >>> 52) | (hi << 12)) & M26);
        long h3 = h[3] + ((hi >>> 14) & M26);
        long h4 = h[4] + ((hi >>> 40) | hibit);

        long d0 = h0 * r0 + h1 * s4 + h2 * s3 + h3 * s2 + h4 * s1;
        long d1 = h0 * r1 + h1 * r0 + h2 * s4 + h3 * s3 + h4 * s2;
        long d2 = h0 * r2 + h1 * r1 + h2 * r0 + h3 * s4 + h4 * s3;
        long d3 = h0 * r3 + h1 * r2 + h2 * r1 + h3 * r0 + h4 * s4;
        long d4 = h0 * r4 + h1 * r3 + h2 * r2 + h3 * r1 + h4 * r0;

        long c = d0 >>> 26;
        h[0] = d0 & M26;
        d1 += c;
        c = d1 >>> 26;
        h[1] = d1 & M26;
        d2 += c;
        c = d2 >>> 26;
        h[2] = d2 & M26;
        d3 += c;
        c = d3 >>> 26;
        h[3] = d3 & M26;
        d4 += c;
        c = d4 >>> 26;
        h[4] = d4 & M26;
        h[0] += c * 5;
        c = h[0] >>> 26;
        h[0] &= M26;
        h[1] += c;
    }

    /** tag = (h mod 2¹³⁰ − 5) + s mod 2¹²⁸. */
    private static void finish(long[] acc, long[] poly, byte[] tag, int tagOff) {
        long h0 = acc[0];
        long h1 = acc[1];
        long h2 = acc[2];
        long h3 = acc[3];
        long h4 = acc[4];
        // Full carry, then h - p if h >= p, in constant time.
        long c = h1 >>> 26;
        h1 &= 0x3ffffff;
        h2 += c;
        c = h2 >>> 26;
        h2 &= 0x3ffffff;
        h3 += c;
        c = h3 >>> 26;
        h3 &= 0x3ffffff;
        h4 += c;
        c = h4 >>> 26;
        h4 &= 0x3ffffff;
        h0 += c * 5;
        c = h0 >>> 26;
        h0 &= 0x3ffffff;
        h1 += c;

        long g0 = h0 + 5;
        c = g0 >>> 26;
        g0 &= 0x3ffffff;
        long g1 = h1 + c;
        c = g1 >>> 26;
        g1 &= 0x3ffffff;
        long g2 = h2 + c;
        c = g2 >>> 26;
        g2 &= 0x3ffffff;
        long g3 = h3 + c;
        c = g3 >>> 26;
        g3 &= 0x3ffffff;
        long g4 = h4 + c - (1L << 26);

        long mask = (g4 >> 63) ; // all ones if g4 negative (h < p): keep h
        h0 = (h0 & mask) | (g0 & ~mask);
        h1 = (h1 & mask) | (g1 & ~mask);
        h2 = (h2 & mask) | (g2 & ~mask);
        h3 = (h3 & mask) | (g3 & ~mask);
        h4 = (h4 & mask) | (g4 & ~mask);

        // h mod 2^128 as four 32-bit words, plus s.
        long w0 = (h0 | (h1 << 26)) & 0xffffffffL;
        long w1 = ((h1 >>> 6) | (h2 << 20)) & 0xffffffffL;
        long w2 = ((h2 >>> 12) | (h3 << 14)) & 0xffffffffL;
        long w3 = ((h3 >>> 18) | (h4 << 8)) & 0xffffffffL;
        long f = w0 + poly[5];
        INT_LE.set(tag, tagOff, (int) f);
        f = w1 + poly[6] + (f >>> 32);
        INT_LE.set(tag, tagOff + 4, (int) f);
        f = w2 + poly[7] + (f >>> 32);
        INT_LE.set(tag, tagOff + 8, (int) f);
        f = w3 + poly[8] + (f >>> 32);
        INT_LE.set(tag, tagOff + 12, (int) f);
    }
}
