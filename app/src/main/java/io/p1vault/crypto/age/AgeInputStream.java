package io.p1vault.crypto.age;

import java.io.FilterInputStream;
import java.io.IOException;

/** The plaintext of an opened age file, with the envelope that opened it. */
public final class AgeInputStream extends FilterInputStream {
    private final Envelope envelope;

    AgeInputStream(PayloadInputStream payload, Envelope envelope) {
        super(payload);
        this.envelope = envelope;
    }

    /**
     * The header and file key, so the same file can be written again without key derivation.
     * The returned copy belongs to the caller, who destroys it.
     */
    public Envelope envelope() {
        return envelope.copy();
    }

    /** The payload's own, which opens all of it at once. */
    @Override
    public byte[] readAllBytes() throws IOException {
        return in.readAllBytes();
    }

    /** The payload's own, which wipes what it outgrows. */
    @Override
    public byte[] readNBytes(int len) throws IOException {
        return in.readNBytes(len);
    }

    @Override
    public long transferTo(java.io.OutputStream out) throws IOException {
        return in.transferTo(out);
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            envelope.destroy();
        }
    }
}
