package io.p1vault.crypto.age;

import io.p1vault.crypto.ChaCha20Poly1305;

import javax.crypto.AEADBadTagException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Decrypts STREAM chunks. A chunk's plaintext is handed out only after its tag verified, so what
 * a reader sees before a {@link AgePayloadException} is exactly the authenticated prefix.
 */
final class PayloadInputStream extends InputStream {
    private final InputStream in;
    private final byte[] key;
    private final byte[] sealed = new byte[Payload.SEALED_CHUNK];
    private final byte[] plain = new byte[Payload.CHUNK];
    private final byte[] nonce = new byte[12];
    private int pos;
    private int limit;
    private long counter;
    private boolean lastChunkRead;
    private AgePayloadException pendingFailure;

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
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        while (pos == limit) {
            if (pendingFailure != null) {
                throw pendingFailure;
            }
            if (lastChunkRead) {
                wipe();
                return -1;
            }
            readChunk();
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(plain, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return limit - pos;
    }

    private void readChunk() throws IOException {
        int n = in.readNBytes(sealed, 0, Payload.SEALED_CHUNK);
        if (n == 0) {
            throw fail(counter == 0 ? "there is no encrypted content after the header"
                    : "the file is cut short (its final chunk is missing)");
        }
        boolean last = n < Payload.SEALED_CHUNK;
        if (last && counter != 0 && n == Payload.TAG) {
            throw fail("the final chunk is empty");
        }
        if (n < Payload.TAG) {
            throw fail("chunk " + counter + " is too short");
        }
        int opened = open(n, last);
        if (opened < 0 && !last) {
            // A full-size chunk may be the last one; only its tag can tell.
            last = true;
            opened = open(n, true);
        }
        if (opened < 0) {
            throw fail("chunk " + counter + " failed authentication");
        }
        counter++;
        pos = 0;
        limit = opened;
        if (last) {
            lastChunkRead = true;
            if (in.read() >= 0) {
                pendingFailure = fail("there is data after the final chunk");
            }
        }
    }

    private int open(int n, boolean last) {
        Payload.chunkNonce(counter, last, nonce);
        try {
            return ChaCha20Poly1305.open(key, nonce, sealed, 0, n, plain, 0);
        } catch (AEADBadTagException e) {
            return -1;
        }
    }

    private AgePayloadException fail(String detail) {
        wipe();
        pendingFailure = new AgePayloadException(detail);
        return pendingFailure;
    }

    private void wipe() {
        Arrays.fill(key, (byte) 0);
        Arrays.fill(plain, limit, plain.length, (byte) 0);
    }

    @Override
    public void close() throws IOException {
        wipe();
        Arrays.fill(plain, (byte) 0);
        pos = limit = 0;
        in.close();
    }
}
