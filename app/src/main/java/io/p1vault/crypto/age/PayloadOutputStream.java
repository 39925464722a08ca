package io.p1vault.crypto.age;

import io.p1vault.crypto.ChaCha20Poly1305;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Encrypts plaintext into 64 KiB STREAM chunks. A chunk is only sealed once it is known whether
 * more follows, so the last chunk is full-size when the plaintext is a multiple of 64 KiB and
 * empty only when the whole plaintext is. Full chunks are sealed on {@link ChunkWorkers} and
 * written in order.
 */
final class PayloadOutputStream extends OutputStream {
    private final OutputStream out;
    private final byte[] key;
    private final ArrayDeque<Sealing> sealing = new ArrayDeque<>();
    private byte[] plain = new byte[Payload.CHUNK];
    private int buffered;
    private long counter;
    private boolean finished;

    /** A chunk being sealed, and its plaintext, which is wiped if the chunk is dropped. */
    private record Sealing(Future<byte[]> sealed, byte[] plain) {}

    PayloadOutputStream(OutputStream out, byte[] key) {
        this.out = out;
        this.key = key;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (finished) {
            throw new IOException("the encrypted stream is already finished");
        }
        while (len > 0) {
            if (buffered == Payload.CHUNK) {
                submitFullChunk();
            }
            int n = Math.min(len, Payload.CHUNK - buffered);
            System.arraycopy(b, off, plain, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    private void submitFullChunk() throws IOException {
        byte[] chunk = plain;
        long index = counter++;
        plain = new byte[Payload.CHUNK];
        buffered = 0;
        sealing.add(new Sealing(ChunkWorkers.POOL.submit(() -> seal(chunk, Payload.CHUNK, index, false)), chunk));
        while (sealing.size() >= ChunkWorkers.IN_FLIGHT) {
            writeNext();
        }
    }

    private byte[] seal(byte[] chunk, int length, long index, boolean last) {
        byte[] nonce = new byte[12];
        Payload.chunkNonce(index, last, nonce);
        byte[] sealed = new byte[length + Payload.TAG];
        ChaCha20Poly1305.seal(key, nonce, chunk, 0, length, sealed, 0);
        Arrays.fill(chunk, (byte) 0);
        return sealed;
    }

    private void writeNext() throws IOException {
        try {
            out.write(sealing.remove().sealed().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("encryption was interrupted");
        } catch (ExecutionException e) {
            throw new IOException("encrypting a chunk failed", e.getCause());
        }
    }

    /** Writes the last chunk without closing the underlying stream. */
    void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            while (!sealing.isEmpty()) {
                writeNext();
            }
            out.write(seal(plain, buffered, counter++, true));
            out.flush();
        } finally {
            // Left only when writing failed: what they seal is dropped, so wiping one mid-seal is harmless.
            sealing.forEach(s -> {
                s.sealed().cancel(false);
                Arrays.fill(s.plain(), (byte) 0);
            });
            sealing.clear();
            Arrays.fill(plain, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            out.close();
        }
    }
}
