package io.p1vault.crypto.age;

import io.p1vault.crypto.ChaCha20Poly1305;

import javax.crypto.AEADBadTagException;

/**
 * Opens one sealed STREAM chunk, telling from its tag whether it is the final one. Shared by the
 * chunk-by-chunk reading and the whole-payload opening, so both judge a file the same way.
 */
final class ChunkOpening {
    /** What became of one chunk: its plaintext length, whether it is final, or why it failed. */
    record Result(int length, boolean last, String failure) {}

    private ChunkOpening() {}

    /**
     * Opens {@code sealed[off, off + n)}, chunk number {@code index}, into {@code out} at
     * {@code outOff}; {@code knownLast} when the file ends inside it. Nothing is written to
     * {@code out} unless the chunk authenticated.
     */
    static Result open(
            byte[] key, byte[] sealed, int off, int n, long index, boolean knownLast, byte[] out, int outOff) {
        if (knownLast && index != 0 && n == Payload.TAG) {
            return new Result(0, true, "the final chunk is empty");
        }
        if (n < Payload.TAG) {
            return new Result(0, true, "chunk " + index + " is too short");
        }
        byte[] nonce = new byte[ChaCha20Poly1305.NONCE_LENGTH];
        int opened = tryOpen(key, sealed, off, n, index, knownLast, out, outOff, nonce);
        boolean last = knownLast;
        if (opened < 0 && !knownLast) {
            // A full-size chunk may be the last one; only its tag can tell.
            last = true;
            opened = tryOpen(key, sealed, off, n, index, true, out, outOff, nonce);
        }
        return opened < 0
                ? new Result(0, last, "chunk " + index + " failed authentication")
                : new Result(opened, last, null);
    }

    private static int tryOpen(
            byte[] key, byte[] sealed, int off, int n, long index, boolean last, byte[] out, int outOff, byte[] nonce) {
        Payload.chunkNonce(index, last, nonce);
        try {
            return ChaCha20Poly1305.open(key, nonce, sealed, off, n, out, outOff);
        } catch (AEADBadTagException e) {
            return -1;
        }
    }
}
