package io.p1vault.crypto;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * V, the 128·r·N bytes of ROMix, as chunks of just under 8 MiB (or one block, if larger). A fresh JVM
 * spends about 0.1 s page-faulting and zeroing 256 MiB in {@code new int[]} (up to 0.4 s in a
 * virtual machine whose host has taken the pages back); ROMix fills V
 * strictly in order, so a helper thread allocates the later chunks while the deriving thread
 * computes into the earlier ones, which hides most of that time when a second core is free.
 * When V is a single chunk, or was reserved ahead ({@link Scrypt#reserveMemory}), there is no helper
 * thread.
 *
 * <p>A chunk and its array header fit in 8 MiB, so they fill whole G1 regions of 1 to 8 MiB.
 * G1 gives an array of more than half a region regions of its own, and chunks of exactly 8 MiB
 * (the header then spilling into one more region each) took 384 instead of 256 MiB of the heap
 * at logN 18 with 4 MiB regions, touched a page of every spilled region (a whole 2 MiB page on
 * huge pages: 64 MiB of memory first touched for nothing) and grew the heap and collected for
 * it. ROMix therefore finds block j with a division instead of a shift and a mask: once per
 * 1 KiB read at random, nothing beside the memory's latency.
 */
final class ScryptMemory implements Runnable {
    /** 8 MiB, less room for an array header (16 bytes with compressed class pointers). */
    private static final int MAX_CHUNK_INTS = (1 << 21) - 16;

    /** V allocated ahead by {@link Scrypt#reserveMemory}, for the next derivation whose layout it fits. */
    static final AtomicReference<int[][]> RESERVED = new AtomicReference<>();

    /** Allocates V for a later derivation (see {@link Scrypt#reserveMemory}); says whether it did. */
    static boolean reserve(int logN, int blockInts) {
        Layout layout = Layout.of(logN, blockInts);
        try {
            int[][] chunks = new int[layout.count()][];
            for (int k = 0; k < chunks.length; k++) {
                chunks[k] = new int[layout.chunkInts(k)];
            }
            RESERVED.set(chunks);
            return true;
        } catch (OutOfMemoryError e) {
            RESERVED.set(null);
            return false;
        }
    }

    /** Drops a reservation no derivation took; says whether there was one. */
    static boolean release() {
        return RESERVED.getAndSet(null) != null;
    }

    /**
     * How V's N blocks of {@code blockInts} ints are cut: {@code count} chunks of
     * {@code blocksPerChunk} blocks, the last one holding what remains.
     */
    record Layout(int n, int blockInts, int blocksPerChunk, int count) {
        static Layout of(int logN, int blockInts) {
            int n = 1 << logN;
            int most = Math.max(1, MAX_CHUNK_INTS / blockInts);
            int count = (n + most - 1) / most;
            // Even chunks: all of them large enough to be allocated outside the young generation.
            int perChunk = (n + count - 1) / count;
            return new Layout(n, blockInts, perChunk, count);
        }

        /** The number of blocks in chunk k. */
        int blocks(int k) {
            return k < count - 1 ? blocksPerChunk : n - (count - 1) * blocksPerChunk;
        }

        int chunkInts(int k) {
            return blocks(k) * blockInts;
        }

        boolean fits(int[][] reserved) {
            if (reserved == null || reserved.length != count) {
                return false;
            }
            for (int k = 0; k < count; k++) {
                if (reserved[k].length != chunkInts(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    final Layout layout;
    /** Chunks handed to the deriving thread; only these can hold key material. */
    final int[][] chunks;

    private final AtomicReferenceArray<int[]> allocated;
    private final Thread consumer = Thread.currentThread();
    private final Thread helper;
    private volatile boolean closed;
    private volatile boolean helperDone;

    ScryptMemory(int logN, int blockInts) {
        layout = Layout.of(logN, blockInts);
        int count = layout.count();
        chunks = new int[count][];
        allocated = new AtomicReferenceArray<>(count);
        // Taken (or dropped, when it does not fit) by whichever derivation comes first.
        int[][] reserved = RESERVED.getAndSet(null);
        if (layout.fits(reserved)) {
            for (int k = 0; k < count; k++) {
                allocated.set(k, reserved[k]);
            }
            helper = null;
        } else if (count > 1) {
            helper = new Thread(this, "scrypt-memory");
            helper.setDaemon(true);
            helper.start();
        } else {
            helper = null;
        }
    }

    @Override
    public void run() {
        try {
            for (int k = 1; k < allocated.length() && !closed; k++) {
                allocated.set(k, new int[layout.chunkInts(k)]);
                LockSupport.unpark(consumer);
            }
        } catch (OutOfMemoryError e) {
            // The deriving thread allocates whatever is missing and so reports the shortage
            // as its own error.
        } finally {
            helperDone = true;
            LockSupport.unpark(consumer);
        }
    }

    /** Chunk k; called in increasing k by the deriving thread, waiting for the helper if needed. */
    int[] chunk(int k) {
        int[] c = chunks[k];
        if (c != null) {
            return c;
        }
        c = allocated.getAndSet(k, null);
        if (c == null && k > 0 && helper != null) {
            while ((c = allocated.getAndSet(k, null)) == null && !helperDone) {
                LockSupport.parkNanos(this, 1_000_000);
            }
            if (c == null) {
                c = allocated.getAndSet(k, null);
            }
        }
        if (c == null) {
            c = new int[layout.chunkInts(k)];
        }
        chunks[k] = c;
        return c;
    }

    /** Wipes the chunks ROMix has written and stops the helper. */
    void close() {
        closed = true;
        for (int[] c : chunks) {
            if (c != null) {
                Arrays.fill(c, 0);
            }
        }
    }
}
