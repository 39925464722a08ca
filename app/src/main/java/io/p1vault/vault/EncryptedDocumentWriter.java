package io.p1vault.vault;

import io.p1vault.crypto.age.Age;
import io.p1vault.crypto.age.AgeInputStream;
import io.p1vault.crypto.age.AgeOutputStream;
import io.p1vault.crypto.age.Envelope;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.VaultJson;
import io.p1vault.storage.AtomicFileWriter;
import io.p1vault.storage.FileSnapshot;
import io.p1vault.storage.WriteOptions;
import io.p1vault.storage.WriteResult;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a document as an age file the safe way (vaults and exports alike): streamed through
 * the envelope into a temporary file, which is decrypted with the envelope's file key and
 * compared with what was written before it replaces anything.
 */
public final class EncryptedDocumentWriter {
    private final AtomicFileWriter writer = new AtomicFileWriter();

    /** Also writes the encrypted bytes to {@code copy} (a vault keeps them as the base of a merge). */
    public WriteResult write(
            Path target,
            FileSnapshot expected,
            WriteOptions options,
            Envelope envelope,
            VaultDocument document,
            boolean armor,
            OutputStream copy)
            throws IOException {
        MessageDigest written = sha256();
        return writer.write(
                target,
                expected,
                options,
                out -> {
                    try (AgeOutputStream age = envelope.encrypt(new KeepOpen(out, copy), armor);
                            DigestOutputStream digesting = new DigestOutputStream(age, written)) {
                        VaultJson.write(document, digesting);
                    }
                },
                temp -> verifyReadBack(temp, envelope, written.digest()));
    }

    private static void verifyReadBack(Path temp, Envelope envelope, byte[] expectedSha256) throws IOException {
        MessageDigest read = sha256();
        byte[] buf = new byte[64 * 1024];
        try (AgeInputStream in = Age.decrypt(Files.newInputStream(temp), List.of(envelope.identity()))) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                read.update(buf, 0, n);
            }
        } finally {
            Arrays.fill(buf, (byte) 0);
        }
        if (!MessageDigest.isEqual(read.digest(), expectedSha256)) {
            throw new IOException("the file written to disk did not read back identically; the previous file was kept");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The age stream closes what it wraps; the file writer must keep its channel open to flush it. */
    private static final class KeepOpen extends FilterOutputStream {
        private final OutputStream copy;

        KeepOpen(OutputStream out, OutputStream copy) {
            super(out);
            this.copy = copy;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            copy.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copy.write(b);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
