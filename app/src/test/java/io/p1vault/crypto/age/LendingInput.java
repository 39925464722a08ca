package io.p1vault.crypto.age;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A stream over bytes held in memory that lends the rest of them, as a vault file's reading does;
 * the bytes sit inside a larger array with other bytes before and after them, and the lent
 * buffer's array offset is not zero, so that an opener that ignores the offset or the limit reads
 * the wrong bytes.
 */
final class LendingInput extends ByteArrayInputStream implements InMemoryInput {
    private static final int PADDING = 13;

    LendingInput(byte[] content) {
        super(padded(content), PADDING, content.length);
    }

    private static byte[] padded(byte[] content) {
        byte[] array = new byte[PADDING + content.length + PADDING];
        Arrays.fill(array, (byte) 0x5a);
        System.arraycopy(content, 0, array, PADDING, content.length);
        return array;
    }

    @Override
    public synchronized ByteBuffer lendRest() {
        ByteBuffer rest = ByteBuffer.wrap(buf, pos, count - pos).slice();
        pos = count;
        return rest;
    }
}
