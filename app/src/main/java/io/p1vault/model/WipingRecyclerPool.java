package io.p1vault.model;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import io.p1vault.model.rules.EntryRules;

import java.util.Arrays;

/**
 * Buffers for the vault document's JSON reading and writing that are wiped as soon as they are
 * given back. Jackson keeps the buffers a parser or generator used (the document's bytes, the
 * characters of the last string read, which may be a secret) for the next one on the same thread;
 * with this pool each reading and writing gets buffers of its own, zeroed when it returns them.
 * (They cannot all be wiped when the reading or writing hands its buffers back to the pool: a
 * generator does that before it writes out its last buffer.)
 *
 * <p>The text buffer starts large enough for the longest secret: a string that outgrows it is
 * copied into arrays Jackson makes and drops itself, which nothing could wipe.
 */
final class WipingRecyclerPool implements RecyclerPool<BufferRecycler> {
    private static final long serialVersionUID = 1L;

    /** The text buffer's size: the longest secret accepted, and one more character. */
    static final int TEXT_BUFFER_CHARS = EntryRules.MAX_SECRET + 1;

    @Override
    public BufferRecycler acquirePooled() {
        return new Wiping();
    }

    /** Nothing to keep: the recycler's buffers were zeroed as they came back, and it is dropped. */
    @Override
    public void releasePooled(BufferRecycler recycler) {}

    private static final class Wiping extends BufferRecycler {
        @Override
        public void releaseByteBuffer(int index, byte[] buffer) {
            Arrays.fill(buffer, (byte) 0);
            super.releaseByteBuffer(index, buffer);
        }

        @Override
        public void releaseCharBuffer(int index, char[] buffer) {
            Arrays.fill(buffer, '\0');
            super.releaseCharBuffer(index, buffer);
        }

        @Override
        protected int charBufferLength(int index) {
            return index == CHAR_TEXT_BUFFER
                    ? Math.max(TEXT_BUFFER_CHARS, super.charBufferLength(index))
                    : super.charBufferLength(index);
        }
    }
}
