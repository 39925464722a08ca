package io.p1vault.crypto;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Poly1305 (RFC 8439) in 26-bit limbs, absorbing two blocks per carry chain with the key's
 * square precomputed. A key is nine longs: r clamped in five limbs, then the four words of s.
 */
final class Poly1305 {
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long M26 = 0x3ffffff;
    private static final long HIBIT = 1L << 24;

    private Poly1305() {}

    /** poly = r clamped, in 26-bit limbs, then the four 32-bit words of s. */
    static void setKey(long[] poly, int r0, int r1, int r2, int r3, int s0, int s1, int s2, int s3) {
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
     * RFC 8439 §2.8 tag: Poly1305 over AAD and ciphertext, each zero-padded to 16 bytes, then
     * both lengths as little-endian 64-bit numbers.
     */
    static void tag(long[] poly, byte[] aad, byte[] ct, int off, int len, byte[] tag, int tagOff) {
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
            setKey(
                    poly,
                    (int) INT_LE.get(key, 0),
                    (int) INT_LE.get(key, 4),
                    (int) INT_LE.get(key, 8),
                    (int) INT_LE.get(key, 12),
                    (int) INT_LE.get(key, 16),
                    (int) INT_LE.get(key, 20),
                    (int) INT_LE.get(key, 24),
                    (int) INT_LE.get(key, 28));
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

            long d0 = h0 * q0 + h1 * t4 + h2 * t3 + h3 * t2 + h4 * t1 + m0 * r0 + m1 * s4 + m2 * s3 + m3 * s2 + m4 * s1;
            long d1 = h0 * q1 + h1 * q0 + h2 * t4 + h3 * t3 + h4 * t2 + m0 * r1 + m1 * r0 + m2 * s4 + m3 * s3 + m4 * s2;
            long d2 = h0 * q2 + h1 * q1 + h2 * q0 + h3 * t4 + h4 * t3 + m0 * r2 + m1 * r1 + m2 * r0 + m3 * s4 + m4 * s3;
            long d3 = h0 * q3 + h1 * q2 + h2 * q1 + h3 * q0 + h4 * t4 + m0 * r3 + m1 * r2 + m2 * r1 + m3 * r0 + m4 * s4;
            long d4 = h0 * q4 + h1 * q3 + h2 * q2 + h3 * q1 + h4 * q0 + m0 * r4 + m1 * r3 + m2 * r2 + m3 * r1 + m4 * r0;

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

        long mask = (g4 >> 63); // all ones if g4 negative (h < p): keep h
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
