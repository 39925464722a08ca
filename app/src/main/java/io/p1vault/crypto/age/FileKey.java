package io.p1vault.crypto.age;

import javax.security.auth.Destroyable;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The 16-byte key an age file's payload and header MAC derive from. Held by an unlocked vault so
 * a save needs no key derivation; {@link #destroy()} wipes it.
 */
public final class FileKey implements Destroyable, AutoCloseable {
    static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private boolean destroyed;

    FileKey(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("an age file key is 16 bytes");
        }
        this.key = key.clone();
    }

    static FileKey generate() {
        byte[] k = new byte[LENGTH];
        RANDOM.nextBytes(k);
        FileKey fileKey = new FileKey(k);
        Arrays.fill(k, (byte) 0);
        return fileKey;
    }

    /** The key bytes themselves, not a copy: callers must not keep or change them. */
    byte[] bytes() {
        if (destroyed) {
            throw new IllegalStateException("file key was destroyed");
        }
        return key;
    }

    public FileKey copy() {
        return new FileKey(bytes());
    }

    @Override
    public void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return "FileKey[redacted]";
    }
}
