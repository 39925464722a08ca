package io.p1vault.crypto.age;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Decrypts STREAM chunks, reading ahead and opening several on {@link ChunkWorkers} at once.
 * Chunks are handed out strictly in order and only after their tag verified, so what a reader
 * sees before an {@link AgePayloadException} is exactly the authenticated prefix.
 */
final class PayloadInputStream extends InputStream {
    private final InputStream in;
    private final byte[] key;
    private final ArrayDeque<Pending> opening = new ArrayDeque<>();
    private long nextIndex;
    private boolean endOfInput;
    private byte[] plain = new byte[0];
    private int pos;
    private int limit;
    private boolean lastDelivered;
    private AgePayloadException failure;
    /** Set before the chunks read ahead are dropped; a chunk opened after that wipes its own plaintext. */
    private volatile boolean cancelled;

    /** An opened chunk, or why it could not be opened. */
    private record Opened(byte[] plain, int length, boolean last, String failure) {}

    /** A chunk being opened, and the array its plaintext goes to, which is wiped if it is dropped. */
    private record Pending(Future<Opened> opened, byte[] out) {}

    PayloadInputStream(InputStream in, byte[] key) {
        this.in = in;
        this.key = key;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(plain, pos, b, off, n);
        pos += n;
        return n;
    }

    /**
     * At most {@code len} bytes of the plaintext, gathered into arrays that are wiped as they are
     * outgrown, and on a failure: the default gathers them in buffers it drops unwiped.
     */
    @Override
    public byte[] readNBytes(int len) throws IOException {
        if (len < 0) {
            throw new IllegalArgumentException("a negative length: " + len);
        }
        byte[] out = new byte[Math.min(len, Payload.CHUNK)];
        int n = 0;
        try {
            while (n < len && fill()) {
                int take = Math.min(limit - pos, len - n);
                if (n + take > out.length) {
                    out = moved(out, (int) Math.min(len, Math.max(n + take, 2L * out.length)));
                }
                System.arraycopy(plain, pos, out, n, take);
                pos += take;
                n += take;
            }
        } catch (IOException | RuntimeException e) {
            Arrays.fill(out, (byte) 0);
            throw e;
        }
        return n == out.length ? out : moved(out, n);
    }

    /** A copy of {@code old} in an array of {@code size} bytes; {@code old} is wiped. */
    private static byte[] moved(byte[] old, int size) {
        byte[] copy = Arrays.copyOf(old, size);
        Arrays.fill(old, (byte) 0);
        return copy;
    }

    /** Whole chunks at a time: the default would copy through a small buffer, one write per 8 KiB. */
    @Override
    public long transferTo(java.io.OutputStream out) throws IOException {
        long total = 0;
        while (fill()) {
            out.write(plain, pos, limit - pos);
            total += limit - pos;
            pos = limit;
        }
        return total;
    }

    /**
     * The rest of the plaintext, opened on every core at once straight into one array of its exact
     * size: the chunk-by-chunk path would hand each chunk through a queue and grow a buffer by
     * copies. As with reading, nothing is returned unless every chunk authenticated; on a failure
     * the plaintext opened so far is wiped and the same {@link AgePayloadException} is thrown.
     */
    @Override
    public byte[] readAllBytes() throws IOException {
        if (nextIndex != 0 || failure != null || lastDelivered) {
            return super.readAllBytes();
        }
        ByteBuffer sealed = in instanceof InMemoryInput held ? held.lendRest() : ByteBuffer.wrap(in.readAllBytes());
        endOfInput = true;
        try {
            return WholePayload.open(sealed.array(), sealed.arrayOffset() + sealed.position(), sealed.remaining(), key);
        } catch (AgePayloadException e) {
            failure = e;
            throw e;
        } finally {
            lastDelivered = true;
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Makes authenticated plaintext available; false at the end of the payload. */
    private boolean fill() throws IOException {
        while (pos == limit) {
            if (failure != null) {
                throw failure;
            }
            if (lastDelivered) {
                Arrays.fill(key, (byte) 0);
                return false;
            }
            nextChunk();
        }
        return true;
    }

    @Override
    public int available() {
        return limit - pos;
    }

    private void nextChunk() throws IOException {
        readAhead();
        if (opening.isEmpty()) {
            throw fail(
                    nextIndex == 0
                            ? "there is no encrypted content after the header"
                            : "the file is cut short (its final chunk is missing)");
        }
        Opened chunk = await(opening.remove().opened());
        if (chunk.failure != null) {
            throw fail(chunk.failure);
        }
        Arrays.fill(plain, (byte) 0);
        plain = chunk.plain;
        pos = 0;
        limit = chunk.length;
        if (chunk.last) {
            lastDelivered = true;
            if (!opening.isEmpty() || !endOfInput && in.read() >= 0) {
                // Reported once the final chunk's (authenticated) plaintext has been read.
                failure = new AgePayloadException("there is data after the final chunk");
                cancelAll();
            }
        }
    }

    private void readAhead() throws IOException {
        while (!endOfInput && opening.size() < ChunkWorkers.IN_FLIGHT) {
            byte[] sealed = new byte[Payload.SEALED_CHUNK];
            int n = in.readNBytes(sealed, 0, sealed.length);
            if (n < sealed.length) {
                endOfInput = true;
                if (n == 0) {
                    return;
                }
            }
            long index = nextIndex++;
            boolean knownLast = n < sealed.length;
            byte[] out = new byte[Payload.CHUNK];
            opening.add(new Pending(ChunkWorkers.POOL.submit(() -> open(sealed, n, index, knownLast, out)), out));
        }
    }

    private Opened open(byte[] sealed, int n, long index, boolean knownLast, byte[] out) {
        ChunkOpening.Result r = ChunkOpening.open(key, sealed, 0, n, index, knownLast, out, 0);
        // Read after the plaintext is written: either this sees the flag, or cancelAll's wipe comes later.
        if (r.failure() != null || cancelled) {
            Arrays.fill(out, (byte) 0);
            return new Opened(null, r.length(), r.last(), r.failure());
        }
        return new Opened(out, r.length(), r.last(), null);
    }

    private Opened await(Future<Opened> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("decryption was interrupted");
        } catch (ExecutionException e) {
            throw new IOException("decrypting a chunk failed", e.getCause());
        }
    }

    private AgePayloadException fail(String detail) {
        failure = new AgePayloadException(detail);
        cancelAll();
        return failure;
    }

    /**
     * Drops chunks read ahead: nothing after a failure or the final chunk is ever handed out. Their
     * plaintext is wiped, also that of a chunk still being opened (which then wipes it itself).
     */
    private void cancelAll() {
        cancelled = true;
        for (Pending p : opening) {
            p.opened().cancel(false);
            Arrays.fill(p.out(), (byte) 0);
        }
        opening.clear();
    }

    @Override
    public void close() throws IOException {
        cancelAll();
        Arrays.fill(plain, (byte) 0);
        pos = limit = 0;
        failure = failure != null ? failure : new AgePayloadException("the stream was closed");
        try {
            in.close();
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
