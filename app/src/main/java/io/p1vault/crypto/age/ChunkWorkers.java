package io.p1vault.crypto.age;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads that seal and open STREAM chunks. Chunks are independent (each has its own nonce), so
 * a large file is processed on every core while the caller's thread does the I/O; age itself is
 * single-threaded, which is how we keep up with its hand-written assembly.
 */
final class ChunkWorkers {
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Chunks in flight per stream: enough to keep every worker busy, bounded for memory. */
    static final int IN_FLIGHT = 2 * THREADS + 1;

    private static final AtomicInteger COUNT = new AtomicInteger();
    static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "age-chunk-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private ChunkWorkers() {}
}
