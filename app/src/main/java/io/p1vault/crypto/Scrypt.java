package io.p1vault.crypto;

import org.bouncycastle.crypto.digests.SHA256Digest;

import java.util.Arrays;
import java.util.concurrent.CancellationException;

/**
 * scrypt (RFC 7914) key derivation, written for speed at age's work factor (logN 18, r 8, p 1).
 *
 * <p>BouncyCastle's {@code SCrypt} copies blocks between arrays on every BlockMix and allocates
 * V in one piece; an unlock with it takes noticeably longer than with the {@code age} command.
 * Here the blocks are converted from little-endian bytes once, BlockMix writes straight into the
 * next slot of V (no copy in the first loop), the Salsa20/8 state stays in local variables, and
 * V is allocated in chunks by a helper thread while the first loop runs (see {@link ScryptMemory}).
 * Outputs are identical to BouncyCastle's, which the tests check.
 *
 * <p>Every intermediate buffer that holds key material (PBKDF2 pads and blocks, B, X, Y, V) is
 * overwritten before returning, also when the derivation fails or is cancelled. The caller owns
 * {@code password} and the returned key, and wipes them. Methods are thread-safe: all state is
 * per call.
 */
public final class Scrypt {

    /**
     * Receives the fraction of work done during a derivation, on the deriving thread.
     */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param fraction work done so far, in (0, 1]; the last call reports 1.0
         * @return {@code false} to cancel the derivation, which then throws
         *     {@link CancellationException} after wiping its buffers
         */
        boolean report(double fraction);
    }

    /** How many progress reports a derivation makes: often enough for a smooth bar, rare enough to cost nothing. */
    static final int PROGRESS_STEPS = 64;

    private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private Scrypt() {}

    /**
     * Runs one small derivation (logN 12: 4 MiB, a few tens of milliseconds) so that HotSpot has
     * compiled the hot code and the classes are loaded before the derivation a user waits for.
     * Call it on a background thread while the passphrase is being typed; it saves roughly
     * 0.05–0.08 s of the first unlock in a process.
     */
    public static void prepare() {
        Arrays.fill(warmUpKey(), (byte) 0);
    }

    /**
     * Allocates V for one later derivation with these parameters, in the calling thread; the next
     * derivation with them takes it instead of allocating its own, and a derivation with others
     * drops it. A process touches fresh memory for the first time there, and in a virtual machine
     * that can cost as much as the derivation's arithmetic (here about 0.4 s for 256 MiB, when the
     * host has taken the pages back; the helper thread of {@link ScryptMemory} then fell behind the
     * derivation by up to 0.35 s, and the heap's growth for V added collections during it). The
     * desktop reserves while the passphrase is typed. The memory holds nothing but zeros until a
     * derivation takes it; a shortage of memory reserves nothing (the derivation reports its own).
     * Says whether it reserved.
     */
    public static boolean reserveMemory(int logN, int r) {
        return ScryptMemory.reserve(logN, 32 * r);
    }

    /** Drops memory reserved by {@link #reserveMemory} that no derivation took; says whether there was any. */
    public static boolean releaseMemory() {
        return ScryptMemory.release();
    }

    /** The warm-up derivation: the same code path an unlock takes, on a fixed input. */
    static byte[] warmUpKey() {
        return derive(new byte[1], new byte[16], 12, 8, 1, 32);
    }

    /**
     * Derives {@code dkLen} bytes from {@code password} and {@code salt} with cost
     * N = 2<sup>logN</sup>, block size {@code r} and parallelism {@code p}.
     *
     * <p>Memory use is 128·r·2<sup>logN</sup> bytes (256 MiB at logN 18, r 8); callers that take
     * logN from a file must cap it first.
     *
     * @throws IllegalArgumentException if a parameter is out of range (RFC 7914 limits; logN at
     *     most 30)
     * @throws OutOfMemoryError if the JVM cannot allocate that memory
     */
    public static byte[] derive(byte[] password, byte[] salt, int logN, int r, int p, int dkLen) {
        return derive(password, salt, logN, r, p, dkLen, null);
    }

    /**
     * As {@link #derive(byte[], byte[], int, int, int, int)}, reporting progress about every 1/64
     * of the work to {@code progress} (which may be {@code null}).
     *
     * @throws CancellationException if {@code progress} returned {@code false}
     */
    public static byte[] derive(byte[] password, byte[] salt, int logN, int r, int p, int dkLen, Progress progress) {
        checkParameters(password, salt, logN, r, p, dkLen);
        int blockInts = 32 * r;
        int n = 1 << logN;

        byte[] b = new byte[p * 128 * r];
        int[] x = new int[blockInts];
        int[] y = new int[blockInts];
        ScryptMemory v = null;
        try {
            pbkdf2HmacSha256(password, salt, b);
            v = new ScryptMemory(logN, blockInts);
            Ticker ticker = new Ticker(progress, 2L * n * p);
            for (int i = 0; i < p; i++) {
                roMix(b, i * 128 * r, r, n, v, x, y, ticker);
            }
            byte[] dk = new byte[dkLen];
            pbkdf2HmacSha256(password, b, dk);
            return dk;
        } finally {
            Arrays.fill(b, (byte) 0);
            Arrays.fill(x, 0);
            Arrays.fill(y, 0);
            if (v != null) {
                v.close();
            }
        }
    }

    private static void checkParameters(byte[] password, byte[] salt, int logN, int r, int p, int dkLen) {
        if (password == null || salt == null) {
            throw new IllegalArgumentException("password and salt must not be null");
        }
        if (r < 1 || p < 1 || dkLen < 1) {
            throw new IllegalArgumentException("r, p and dkLen must be positive");
        }
        // RFC 7914: N < 2^(128 r / 8). Integerify below relies on N <= 2^30.
        if (logN < 1 || logN > 30 || logN >= 16L * r) {
            throw new IllegalArgumentException("logN out of range: " + logN);
        }
        // RFC 7914 bounds p*r by 2^30 via the PBKDF2 output length; B being one byte[] bounds it
        // further.
        if ((long) p * 128 * r > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException("p * r too large");
        }
    }

    /**
     * RFC 7914 scryptROMix on the 128·r bytes of {@code b} at {@code off}, in place.
     *
     * <p>Each hot loop is a method of its own, and the first one runs a chunk of V per call. A
     * loop that also crossed from chunk to chunk, or from the first loop into the second, had a
     * branch that the profile of a small derivation (one chunk: the warm-up's, the command line's
     * training) never saw taken; HotSpot compiles such a branch as a trap, and at the first chunk
     * boundary of a real derivation the compiled loop was thrown away and run interpreted until
     * it was compiled again (seen in the deoptimisation log of every cold command).
     */
    private static void roMix(byte[] b, int off, int r, int n, ScryptMemory v, int[] x, int[] y, Ticker ticker) {
        int blockInts = 32 * r;

        int[] prev = v.chunk(0);
        for (int k = 0; k < blockInts; k++) {
            int o = off + 4 * k;
            prev[k] = (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | b[o + 3] << 24;
        }
        int prevOff = 0;
        int from = 1;
        for (int c = 0; c < v.chunks.length; c++) {
            int[] chunk = v.chunk(c);
            int blocks = v.layout.blocks(c);
            fillChunk(prev, prevOff, chunk, from, blocks, r, ticker);
            prev = chunk;
            prevOff = (blocks - 1) * blockInts;
            from = 0;
        }
        blockMix(prev, prevOff, x, 0, r);
        ticker.tick();

        int[] result = mixWithV(x, y, v, n, r, ticker);
        for (int k = 0; k < blockInts; k++) {
            int o = off + 4 * k;
            int w = result[k];
            b[o] = (byte) w;
            b[o + 1] = (byte) (w >>> 8);
            b[o + 2] = (byte) (w >>> 16);
            b[o + 3] = (byte) (w >>> 24);
        }
    }

    /**
     * V[i] = BlockMix(V[i-1]) for the blocks {@code from} to {@code to - 1} of {@code chunk}, V[i-1]
     * of the first being {@code prev[prevOff..]}. Each result is written into its final slot,
     * which saves the copy of X into V that the RFC's pseudocode makes.
     */
    private static void fillChunk(int[] prev, int prevOff, int[] chunk, int from, int to, int r, Ticker ticker) {
        int blockInts = 32 * r;
        int[] in = prev;
        int inOff = prevOff;
        for (int i = from; i < to; i++) {
            int outOff = i * blockInts;
            blockMix(in, inOff, chunk, outOff, r);
            in = chunk;
            inOff = outOff;
            ticker.tick();
        }
    }

    /**
     * ROMix's second loop: N times X = BlockMix(X xor V[Integerify(X)]), alternating between
     * {@code x} and {@code y}; returns the one that holds the result.
     */
    private static int[] mixWithV(int[] x, int[] y, ScryptMemory v, int n, int r, Ticker ticker) {
        int blockInts = 32 * r;
        int perChunk = v.layout.blocksPerChunk();
        int[][] chunks = v.chunks;
        int mask = n - 1;
        int last = (2 * r - 1) * 16;
        int[] a = x;
        int[] t = y;
        for (int i = 0; i < n; i++) {
            // Integerify uses the low 32 bits only: N <= 2^30 here.
            int j = a[last] & mask;
            int c = j / perChunk;
            xor(a, chunks[c], (j - c * perChunk) * blockInts, blockInts);
            blockMix(a, 0, t, 0, r);
            int[] swap = a;
            a = t;
            t = swap;
            ticker.tick();
        }
        return a;
    }

    /**
     * dst ^= src[srcOff..]. In the second ROMix loop src is a random 1 KiB of 256 MiB, and memory
     * latency (a TLB miss, then 16 cache lines) makes that loop twice as slow as the first. One
     * load per 64-byte line up front puts all 16 misses in flight at once instead of as the XOR
     * reaches them: about 5% off a warm derivation. The loaded value is folded into dst through
     * a mask that is always zero, so that HotSpot cannot drop the loads as unused.
     */
    private static void xor(int[] dst, int[] src, int srcOff, int len) {
        int touch = 0;
        for (int k = 0; k < len; k += 16) {
            touch |= src[srcOff + k];
        }
        dst[0] ^= touch & 0x80000000 & touch >>> 1 & 0x40000000;
        for (int k = 0; k < len; k++) {
            dst[k] ^= src[srcOff + k];
        }
    }

    /**
     * RFC 7914 scryptBlockMix from {@code in[inOff..]} to {@code out[outOff..]} (2·r blocks of 16
     * ints; the two ranges must not overlap). The running Salsa state is kept in locals across
     * the 2·r blocks instead of in a temporary block.
     */
    static void blockMix(int[] in, int inOff, int[] out, int outOff, int r) {
        int last = inOff + (2 * r - 1) * 16;
        int x0 = in[last];
        int x1 = in[last + 1];
        int x2 = in[last + 2];
        int x3 = in[last + 3];
        int x4 = in[last + 4];
        int x5 = in[last + 5];
        int x6 = in[last + 6];
        int x7 = in[last + 7];
        int x8 = in[last + 8];
        int x9 = in[last + 9];
        int x10 = in[last + 10];
        int x11 = in[last + 11];
        int x12 = in[last + 12];
        int x13 = in[last + 13];
        int x14 = in[last + 14];
        int x15 = in[last + 15];
        for (int i = 0; i < 2 * r; i++) {
            int s = inOff + i * 16;
            x0 ^= in[s];
            x1 ^= in[s + 1];
            x2 ^= in[s + 2];
            x3 ^= in[s + 3];
            x4 ^= in[s + 4];
            x5 ^= in[s + 5];
            x6 ^= in[s + 6];
            x7 ^= in[s + 7];
            x8 ^= in[s + 8];
            x9 ^= in[s + 9];
            x10 ^= in[s + 10];
            x11 ^= in[s + 11];
            x12 ^= in[s + 12];
            x13 ^= in[s + 13];
            x14 ^= in[s + 14];
            x15 ^= in[s + 15];

            int w0 = x0;
            int w1 = x1;
            int w2 = x2;
            int w3 = x3;
            int w4 = x4;
            int w5 = x5;
            int w6 = x6;
            int w7 = x7;
            int w8 = x8;
            int w9 = x9;
            int w10 = x10;
            int w11 = x11;
            int w12 = x12;
            int w13 = x13;
            int w14 = x14;
            int w15 = x15;
            for (int round = 0; round < 8; round += 2) {
                w4 ^= Integer.rotateLeft(w0 + w12, 7);
                w8 ^= Integer.rotateLeft(w4 + w0, 9);
                w12 ^= Integer.rotateLeft(w8 + w4, 13);
                w0 ^= Integer.rotateLeft(w12 + w8, 18);
                w9 ^= Integer.rotateLeft(w5 + w1, 7);
                w13 ^= Integer.rotateLeft(w9 + w5, 9);
                w1 ^= Integer.rotateLeft(w13 + w9, 13);
                w5 ^= Integer.rotateLeft(w1 + w13, 18);
                w14 ^= Integer.rotateLeft(w10 + w6, 7);
                w2 ^= Integer.rotateLeft(w14 + w10, 9);
                w6 ^= Integer.rotateLeft(w2 + w14, 13);
                w10 ^= Integer.rotateLeft(w6 + w2, 18);
                w3 ^= Integer.rotateLeft(w15 + w11, 7);
                w7 ^= Integer.rotateLeft(w3 + w15, 9);
                w11 ^= Integer.rotateLeft(w7 + w3, 13);
                w15 ^= Integer.rotateLeft(w11 + w7, 18);

                w1 ^= Integer.rotateLeft(w0 + w3, 7);
                w2 ^= Integer.rotateLeft(w1 + w0, 9);
                w3 ^= Integer.rotateLeft(w2 + w1, 13);
                w0 ^= Integer.rotateLeft(w3 + w2, 18);
                w6 ^= Integer.rotateLeft(w5 + w4, 7);
                w7 ^= Integer.rotateLeft(w6 + w5, 9);
                w4 ^= Integer.rotateLeft(w7 + w6, 13);
                w5 ^= Integer.rotateLeft(w4 + w7, 18);
                w11 ^= Integer.rotateLeft(w10 + w9, 7);
                w8 ^= Integer.rotateLeft(w11 + w10, 9);
                w9 ^= Integer.rotateLeft(w8 + w11, 13);
                w10 ^= Integer.rotateLeft(w9 + w8, 18);
                w12 ^= Integer.rotateLeft(w15 + w14, 7);
                w13 ^= Integer.rotateLeft(w12 + w15, 9);
                w14 ^= Integer.rotateLeft(w13 + w12, 13);
                w15 ^= Integer.rotateLeft(w14 + w13, 18);
            }
            x0 += w0;
            x1 += w1;
            x2 += w2;
            x3 += w3;
            x4 += w4;
            x5 += w5;
            x6 += w6;
            x7 += w7;
            x8 += w8;
            x9 += w9;
            x10 += w10;
            x11 += w11;
            x12 += w12;
            x13 += w13;
            x14 += w14;
            x15 += w15;

            // Even-numbered results go to the first half of the output, odd-numbered to the second.
            int d = outOff + ((i & 1) == 0 ? i * 8 : (r + (i >> 1)) * 16);
            out[d] = x0;
            out[d + 1] = x1;
            out[d + 2] = x2;
            out[d + 3] = x3;
            out[d + 4] = x4;
            out[d + 5] = x5;
            out[d + 6] = x6;
            out[d + 7] = x7;
            out[d + 8] = x8;
            out[d + 9] = x9;
            out[d + 10] = x10;
            out[d + 11] = x11;
            out[d + 12] = x12;
            out[d + 13] = x13;
            out[d + 14] = x14;
            out[d + 15] = x15;
        }
    }

    /**
     * PBKDF2-HMAC-SHA256 with one iteration (all scrypt needs), filling {@code out}. Written over
     * the bare digest rather than BouncyCastle's HMac so that the key pads live in arrays this
     * method can wipe; {@link SHA256Digest#doFinal} resets and clears the digest's own state.
     */
    private static void pbkdf2HmacSha256(byte[] password, byte[] salt, byte[] out) {
        SHA256Digest digest = new SHA256Digest();
        byte[] ipad = new byte[64];
        byte[] opad = new byte[64];
        byte[] inner = new byte[32];
        byte[] t = new byte[32];
        byte[] counter = new byte[4];
        try {
            if (password.length > 64) {
                digest.update(password, 0, password.length);
                digest.doFinal(ipad, 0);
            } else {
                System.arraycopy(password, 0, ipad, 0, password.length);
            }
            for (int k = 0; k < 64; k++) {
                opad[k] = (byte) (ipad[k] ^ 0x5c);
                ipad[k] ^= 0x36;
            }
            int block = 1;
            for (int off = 0; off < out.length; off += 32, block++) {
                counter[0] = (byte) (block >>> 24);
                counter[1] = (byte) (block >>> 16);
                counter[2] = (byte) (block >>> 8);
                counter[3] = (byte) block;
                digest.update(ipad, 0, 64);
                digest.update(salt, 0, salt.length);
                digest.update(counter, 0, 4);
                digest.doFinal(inner, 0);
                digest.update(opad, 0, 64);
                digest.update(inner, 0, 32);
                digest.doFinal(t, 0);
                System.arraycopy(t, 0, out, off, Math.min(32, out.length - off));
            }
        } finally {
            digest.reset();
            Arrays.fill(ipad, (byte) 0);
            Arrays.fill(opad, (byte) 0);
            Arrays.fill(inner, (byte) 0);
            Arrays.fill(t, (byte) 0);
        }
    }

    /** Counts BlockMix calls and reports every 1/64 of them; one compare per 1 KiB mixed. */
    private static final class Ticker {
        private final Progress progress;
        private final long total;
        private long done;
        private long next;
        private int step;

        Ticker(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
            this.next = progress == null ? Long.MAX_VALUE : threshold(1);
        }

        private long threshold(int s) {
            return (total * s + PROGRESS_STEPS - 1) / PROGRESS_STEPS;
        }

        void tick() {
            if (++done >= next) {
                report();
            }
        }

        private void report() {
            while (step < PROGRESS_STEPS && threshold(step + 1) <= done) {
                step++;
            }
            next = step == PROGRESS_STEPS ? Long.MAX_VALUE : threshold(step + 1);
            if (!progress.report((double) done / total)) {
                throw new CancellationException("key derivation cancelled");
            }
        }
    }
}
