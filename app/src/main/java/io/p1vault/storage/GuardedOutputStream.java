package io.p1vault.storage;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The stream handed to a {@link ContentWriter}. It hashes and counts what passes through (for
 * the new file's snapshot), ignores {@code close()} (the writer still has to flush to disk),
 * and remembers failures of the file itself so they can be told apart from the caller's own
 * exceptions.
 */
final class GuardedOutputStream extends FilterOutputStream {
    private final MessageDigest digest = FileSnapshot.newDigest();
    private long size;
    private IOException fileFailure;

    GuardedOutputStream(OutputStream fileStream) {
        super(fileStream);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        digest.update(b, off, len);
        size += len;
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            fileFailure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            fileFailure = e;
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    /** True if {@code e} came from writing the file rather than from the content's producer. */
    boolean isFileFailure(IOException e) {
        return e == fileFailure;
    }

    long size() {
        return size;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
