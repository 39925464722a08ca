package io.p1vault.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

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
        // Time first: if the file changes after this, the content (which decides) is newer.
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        // A fresh process hashes a large vault for a few tenths of a second: that runs on another
        // core while the caller works on the bytes (an unlock derives its key first).
        return new Contents(
                bytes, CompletableFuture.supplyAsync(() -> new FileSnapshot(bytes.length, modified, sha256Hex(bytes))));
    }

    /** True when both describe the same bytes. */
    public boolean sameContentAs(FileSnapshot other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
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
