package io.p1vault.crypto.age;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A stream over bytes held in memory that lends the rest of them, as a vault file's reading does;
 * the bytes sit inside a larger array with other bytes before and after them, and the lent
 * buffer's array offset is not zero, so that an opener that ignores the offset or the limit reads
 * the wrong bytes.
 */
final class LendingInput extends InputStream implements InMemoryInput {
    private static final int PADDING = 13;

    private final byte[] array;
    private final int end;
    private int pos = PADDING;

    LendingInput(byte[] content) {
        array = new byte[PADDING + content.length + PADDING];
        Arrays.fill(array, (byte) 0x5a);
        System.arraycopy(content, 0, array, PADDING, content.length);
        end = PADDING + content.length;
    }

    @Override
    public int read() {
        return pos < end ? array[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (pos >= end) {
            return -1;
        }
        int n = Math.min(len, end - pos);
        System.arraycopy(array, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public ByteBuffer lendRest() {
        ByteBuffer rest = ByteBuffer.wrap(array, pos, end - pos).slice();
        pos = end;
        return rest;
    }
}
