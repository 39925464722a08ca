package io.p1vault.integrations;

import io.p1vault.storage.AtomicFileWriter;
import io.p1vault.storage.BackupPolicy;
import io.p1vault.storage.FileSnapshot;
import io.p1vault.storage.PermissionPolicy;
import io.p1vault.storage.WriteOptions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Saves a generated document as a file only its owner can read (it may hold a secret), the
 * same safe way as the vault: temporary file, read-back check, atomic rename.
 */
public final class DocumentFiles {
    private static final WriteOptions OWNER_ONLY = new WriteOptions(BackupPolicy.NONE, PermissionPolicy.OWNER_ONLY);

    private DocumentFiles() {}

    public static Path write(Path target, GeneratedDocument document) throws IOException {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(document.text()));
        byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            FileSnapshot current = Files.exists(target) ? FileSnapshot.of(target) : null;
            return new AtomicFileWriter()
                    .write(target, current, OWNER_ONLY, out -> out.write(bytes), written -> {
                        byte[] back = Files.readAllBytes(written);
                        boolean same = Arrays.equals(back, bytes);
                        Arrays.fill(back, (byte) 0);
                        if (!same) {
                            throw new IOException("the written file does not read back as written");
                        }
                    })
                    .file();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
