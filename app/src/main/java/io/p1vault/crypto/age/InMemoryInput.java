package io.p1vault.crypto.age;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * An input stream whose bytes are all held in memory, which can lend the rest of them instead of
 * copying them out. Opening a whole payload then reads the sealed chunks where they are: for a
 * vault of 11 MiB that is one copy fewer, and one fresh 11 MiB array fewer to fault in, right
 * after the key derivation.
 */
public interface InMemoryInput {
    /**
     * The bytes not yet read, as a buffer over the stream's own array (position to limit); the
     * stream is then at its end. The borrower only reads them.
     */
    ByteBuffer lendRest() throws IOException;
}
