package io.p1vault.crypto.age;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Opens a whole sealed payload held in memory: its chunks are split into one run per
 * {@link ChunkWorkers} thread, each opened straight into its place in a single plaintext array of
 * the exact size, and the results are then judged in order as the chunk-by-chunk reading would.
 */
final class WholePayload {
    private WholePayload() {}

    /**
     * The plaintext of the {@code length} bytes of {@code sealed} from {@code offset} (every chunk,
     * nonce excluded) under the payload {@code key}, returned only if every chunk authenticated and
     * the last one is marked final. {@code sealed} is only read.
     *
     * @throws AgePayloadException naming the first chunk at fault; no plaintext is left behind
     */
    static byte[] open(byte[] sealed, int offset, int length, byte[] key) throws IOException {
        Objects.checkFromIndexSize(offset, length, sealed.length);
        int chunks = (length + Payload.SEALED_CHUNK - 1) / Payload.SEALED_CHUNK;
        int lastLength = length - (chunks - 1) * Payload.SEALED_CHUNK;
        byte[] plain = new byte[chunks == 0 ? 0 : (chunks - 1) * Payload.CHUNK + Math.max(0, lastLength - Payload.TAG)];
        try {
            ChunkOpening.Result[] results = openAll(sealed, offset, length, key, chunks, plain);
            String failure = firstFailure(results);
            if (failure != null) {
                throw new AgePayloadException(failure);
            }
            return plain;
        } catch (IOException | RuntimeException e) {
            Arrays.fill(plain, (byte) 0);
            throw e;
        }
    }

    private static ChunkOpening.Result[] openAll(
            byte[] sealed, int offset, int length, byte[] key, int chunks, byte[] plain) throws IOException {
        ChunkOpening.Result[] results = new ChunkOpening.Result[chunks];
        int runs = Math.max(1, Math.min(ChunkWorkers.THREADS, chunks));
        List<Future<?>> running = new ArrayList<>(runs);
        for (int run = 0; run < runs; run++) {
            int from = (int) ((long) chunks * run / runs);
            int to = (int) ((long) chunks * (run + 1) / runs);
            running.add(ChunkWorkers.POOL.submit(() -> {
                for (int i = from; i < to; i++) {
                    int off = i * Payload.SEALED_CHUNK;
                    int n = Math.min(Payload.SEALED_CHUNK, length - off);
                    results[i] = ChunkOpening.open(
                            key, sealed, offset + off, n, i, n < Payload.SEALED_CHUNK, plain, i * Payload.CHUNK);
                }
            }));
        }
        // Every run is awaited, even when interrupted, so none writes into the plaintext after it is wiped.
        boolean interrupted = false;
        ExecutionException failed = null;
        for (Future<?> f : running) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    failed = failed == null ? e : failed;
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("decryption was interrupted");
        }
        if (failed != null) {
            throw new IOException("decrypting a chunk failed", failed.getCause());
        }
        return results;
    }

    /** The first fault in chunk order, worded as the chunk-by-chunk reading words it; null if none. */
    private static String firstFailure(ChunkOpening.Result[] results) {
        if (results.length == 0) {
            return "there is no encrypted content after the header";
        }
        for (int i = 0; i < results.length; i++) {
            ChunkOpening.Result r = results[i];
            if (r.failure() != null) {
                return r.failure();
            }
            if (r.last()) {
                return i == results.length - 1 ? null : "there is data after the final chunk";
            }
        }
        return "the file is cut short (its final chunk is missing)";
    }
}
