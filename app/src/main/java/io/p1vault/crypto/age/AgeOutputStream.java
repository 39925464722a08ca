package io.p1vault.crypto.age;

import java.io.IOException;
import java.io.OutputStream;

/** Plaintext goes in, an age file comes out. */
public final class AgeOutputStream extends OutputStream {
    private final PayloadOutputStream payload;
    private final ArmorOutputStream armor;
    private final OutputStream out;

    AgeOutputStream(PayloadOutputStream payload, ArmorOutputStream armor, OutputStream out) {
        this.payload = payload;
        this.armor = armor;
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        payload.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        payload.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        payload.flush();
    }

    /** Completes the age file (last chunk, armor footer) without closing the underlying stream. */
    public void finish() throws IOException {
        payload.finish();
        if (armor != null) {
            armor.finish();
        }
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
