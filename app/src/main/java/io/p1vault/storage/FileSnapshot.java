package io.p1vault.storage;

import io.p1vault.crypto.age.InMemoryInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What a file looked like when it was read, so a later save can tell whether someone else has
 * changed it since.
 *
 * <p>Only {@link #sameContentAs size and content} decide: a program that rewrites identical
 * bytes or merely touches the file has not changed anything a save could lose, and
 * modification times are too coarse on some file systems to prove that nothing changed. The
 * time is kept for messages.
 *
 * @param size         length in bytes
 * @param lastModified modification time when it was read
 * @param sha256       SHA-256 of the content, lower-case hex
 */
public record FileSnapshot(long size, FileTime lastModified, String sha256) {
    /** The longest array a Java runtime allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    public FileSnapshot {
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Snapshot of a file's current content, streamed (the content is not kept). */
    public static FileSnapshot of(Path file) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        MessageDigest digest = newDigest();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new FileSnapshot(size, modified, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Reads a file and snapshots exactly the bytes returned, so the snapshot can never describe
     * a different version than the one the caller works on.
     */
    public static Contents read(Path file) throws IOException {
        return startReading(file).contents();
    }

    /**
     * Starts reading a file: its first bytes now, the rest (and their hash) on another thread, so
     * a caller can begin with the start of the file at once (an unlock derives its key from the
     * header, for most of a second) while the rest arrives. The file is read once, from one open
     * handle: {@link Reading#contents()} and {@link Reading#stream()} give the same bytes.
     */
    public static Reading startReading(Path file) throws IOException {
        // Time first: if the file changes after this, the content (which decides) is newer.
        FileTime modified = Files.getLastModifiedTime(file);
        SeekableByteChannel channel = Files.newByteChannel(file);
        try {
            byte[] head = new byte[Reading.HEAD];
            int length = readFully(channel, head, 0, head.length);
            if (length < head.length) {
                channel.close();
                byte[] all = Arrays.copyOf(head, length);
                return new Reading(all, CompletableFuture.completedFuture(all), modified);
            }
            CompletableFuture<byte[]> whole = new CompletableFuture<>();
            Thread reader = new Thread(() -> readRest(channel, head, whole), "file-read");
            reader.setDaemon(true);
            reader.start();
            return new Reading(head, whole, modified);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Reads what follows {@code head} to the end of the file, then closes it. */
    private static void readRest(SeekableByteChannel channel, byte[] head, CompletableFuture<byte[]> whole) {
        try (channel) {
            long size = channel.size();
            if (size > MAX_ARRAY) {
                throw new IOException("the file is too large to read (" + size + " bytes)");
            }
            byte[] bytes = Arrays.copyOf(head, (int) Math.max(size, head.length));
            int filled = head.length + readFully(channel, bytes, head.length, bytes.length - head.length);
            // The file may have grown since its size was taken: the bytes read are what counts.
            ByteBuffer probe = ByteBuffer.allocate(1);
            while (filled == bytes.length && channel.read(probe.clear()) > 0) {
                if (bytes.length == MAX_ARRAY) {
                    throw new IOException("the file is too large to read");
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_ARRAY, 2L * bytes.length));
                bytes[filled++] = probe.get(0);
                filled += readFully(channel, bytes, filled, bytes.length - filled);
            }
            whole.complete(filled == bytes.length ? bytes : Arrays.copyOf(bytes, filled));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // Whoever waits for the bytes gets the failure, rather than waiting forever.
            whole.completeExceptionally(e);
        }
    }

    /**
     * Reads up to {@code len} bytes into {@code b} at {@code off}, short only at the end of the
     * file; at most a MiB per call, so the runtime's native copy buffer stays small.
     */
    private static int readFully(SeekableByteChannel channel, byte[] b, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            int n = channel.read(ByteBuffer.wrap(b, off + done, Math.min(len - done, 1 << 20)));
            if (n < 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    /** How much {@link #prepareHashing()} hashes: a few times what HotSpot needs to compile the hash. */
    static final int HASHING_WARM_UP_BYTES = 2 * 1024 * 1024;

    /** True when both describe the same bytes. */
    public boolean sameContentAs(FileSnapshot other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
    }

    /**
     * Hashes {@value #HASHING_WARM_UP_BYTES} zero bytes as a large file's content is hashed, so that
     * later hashing runs compiled: an 11 MiB vault's hash took 80-115 ms of CPU cold and 25-40 ms
     * after this (it runs beside an unlock's key derivation, on the other core). Returns the hash.
     */
    public static String prepareHashing() {
        return sha256Hex(new byte[HASHING_WARM_UP_BYTES]);
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** A file being read: its first bytes, and the rest with their snapshot once read. */
    public static final class Reading {
        /** Read at once: far more than an age header with a few recipients. */
        static final int HEAD = 16 * 1024;

        private final byte[] head;
        private final CompletableFuture<byte[]> whole;
        private final CompletableFuture<FileSnapshot> snapshot;

        Reading(byte[] head, CompletableFuture<byte[]> whole, FileTime modified) {
            this.head = head;
            this.whole = whole;
            // Hashed on the thread that read the rest, as soon as it has.
            this.snapshot = whole.thenApply(bytes -> new FileSnapshot(bytes.length, modified, sha256Hex(bytes)));
        }

        /**
         * The file's bytes from the start: the first at once, the rest when they have been read.
         * Reading it fails with the {@link IOException} that stopped the reading of the file.
         */
        public InputStream stream() {
            return new HeadThenRest();
        }

        /** All the bytes and their snapshot; waits for the rest of the file to be read. */
        public Contents contents() throws IOException {
            return new Contents(rest(), snapshot);
        }

        private byte[] rest() throws IOException {
            try {
                return whole.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException("reading the file failed", e);
            }
        }

        /**
         * Reads from the head while it lasts, then from the whole file (whose first bytes are the
         * head's). The rest can be lent rather than copied (see {@link InMemoryInput}).
         */
        private final class HeadThenRest extends InputStream implements InMemoryInput {
            private int pos;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                Objects.checkFromIndexSize(off, len, b.length);
                byte[] source = pos < head.length ? head : rest();
                int end = source == head ? head.length : source.length;
                if (len == 0) {
                    return 0;
                }
                if (pos >= end) {
                    return -1;
                }
                int n = Math.min(len, end - pos);
                System.arraycopy(source, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public byte[] readAllBytes() throws IOException {
                ByteBuffer rest = lendRest();
                return Arrays.copyOfRange(rest.array(), rest.position(), rest.limit());
            }

            @Override
            public ByteBuffer lendRest() throws IOException {
                byte[] all = rest();
                int from = Math.min(pos, all.length);
                pos = all.length;
                return ByteBuffer.wrap(all, from, all.length - from);
            }
        }
    }

    /** A file's bytes together with the snapshot of exactly those bytes. */
    public static final class Contents {
        private final byte[] bytes;
        private final CompletableFuture<FileSnapshot> snapshot;

        Contents(byte[] bytes, CompletableFuture<FileSnapshot> snapshot) {
            this.bytes = bytes;
            this.snapshot = snapshot;
        }

        /**
         * The file's bytes; the array is the caller's (not copied, not shared), to change only
         * after {@link #snapshot()} has returned.
         */
        public byte[] bytes() {
            return bytes;
        }

        /** The snapshot of the bytes; waits for their hash if it is still being computed. */
        public FileSnapshot snapshot() {
            return snapshot.join();
        }
    }
}
