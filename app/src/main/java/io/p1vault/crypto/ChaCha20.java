package io.p1vault.crypto;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The ChaCha20 block function and key stream of RFC 8439, 16 blocks side by side in word-major
 * arrays: every loop runs over the 16 blocks with the same operation, the shape HotSpot's
 * auto-vectoriser turns into SIMD instructions (see {@link ChaCha20Poly1305} for the figures).
 */
final class ChaCha20 {
    /** Blocks computed side by side: with 16 ints a row, AVX2 and AVX-512 loops both vectorise. */
    static final int LANES = 16;

    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ChaCha20() {}

    /**
     * The ChaCha20 input of blocks 0..15 side by side, word-major: word w of block l is at
     * {@code w * 16 + l}. Only row 12, the block counters, differs between blocks.
     */
    static int[] initialState(byte[] key, byte[] nonce) {
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
    static void keyStream(int[] s, int[] x) {
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

    /**
     * XORs the key stream from block 1 on over {@code len} bytes. {@code x} holds blocks 0..15
     * on entry, so the first group uses its lanes 1..15; later groups are computed here.
     */
    static void xorKeyStream(int[] s, int[] x, byte[] in, int inOff, int len, byte[] out, int outOff) {
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
}
