package io.p1vault.crypto.age;

import java.util.List;

/**
 * Opens a file with a file key already known, e.g. the one an unlocked vault caches, so reading
 * back a freshly written vault needs no key derivation. The header MAC still proves the key.
 */
public final class FileKeyIdentity implements Identity {
    private final FileKey fileKey;

    public FileKeyIdentity(FileKey fileKey) {
        this.fileKey = fileKey;
    }

    @Override
    public FileKey unwrap(List<Stanza> stanzas) {
        return fileKey.copy();
    }
}
