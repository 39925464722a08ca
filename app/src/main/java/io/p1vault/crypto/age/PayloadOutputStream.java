package io.p1vault.crypto.age;

import io.p1vault.crypto.ChaCha20Poly1305;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Encrypts plaintext into 64 KiB STREAM chunks. A chunk is only sealed once it is known whether
 * more follows, so the last chunk is full-size when the plaintext is a multiple of 64 KiB and
 * empty only when the whole plaintext is.
 */
final class PayloadOutputStream extends OutputStream {
    private final OutputStream out;
    private final byte[] key;
    private final byte[] plain = new byte[Payload.CHUNK];
    private final byte[] sealed = new byte[Payload.SEALED_CHUNK];
    private final byte[] nonce = new byte[12];
    private int buffered;
    private long counter;
    private boolean finished;

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
                sealChunk(false);
            }
            int n = Math.min(len, Payload.CHUNK - buffered);
            System.arraycopy(b, off, plain, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    private void sealChunk(boolean last) throws IOException {
        Payload.chunkNonce(counter++, last, nonce);
        int n = ChaCha20Poly1305.seal(key, nonce, plain, 0, buffered, sealed, 0);
        out.write(sealed, 0, n);
        buffered = 0;
    }

    /** Writes the last chunk without closing the underlying stream. */
    void finish() throws IOException {
        if (finished) {
            return;
        }
        try {
            sealChunk(true);
            out.flush();
        } finally {
            finished = true;
            Arrays.fill(key, (byte) 0);
            Arrays.fill(plain, (byte) 0);
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
