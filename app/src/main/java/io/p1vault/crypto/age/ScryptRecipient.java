package io.p1vault.crypto.age;

import io.p1vault.crypto.Scrypt;

import javax.security.auth.Destroyable;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/** Encrypts to a passphrase: the scrypt stanza, which must be the only one in the header. */
public final class ScryptRecipient implements Recipient, Destroyable {
    /** age's own default: 256 MiB and about a second. */
    public static final int DEFAULT_WORK_FACTOR = 18;

    /** age's scrypt block size (r), fixed by the format. */
    private static final int BLOCK_SIZE = 8;

    static final String TYPE = "scrypt";
    static final byte[] SALT_LABEL = "age-encryption.org/v1/scrypt".getBytes(StandardCharsets.US_ASCII);
    static final int SALT_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] passphrase;
    private final int workFactor;
    private final Scrypt.Progress progress;

    /** Keeps a copy of {@code passphrase} until {@link #destroy()}; the caller wipes its own. */
    public ScryptRecipient(char[] passphrase, int workFactor) {
        this(passphrase, workFactor, null);
    }

    /** As {@link #ScryptRecipient(char[], int)}, reporting the key derivation's progress (may be null). */
    public ScryptRecipient(char[] passphrase, int workFactor, Scrypt.Progress progress) {
        if (workFactor < 1 || workFactor > ScryptIdentity.MAX_WORK_FACTOR) {
            throw new IllegalArgumentException("scrypt work factor must be 1.." + ScryptIdentity.MAX_WORK_FACTOR);
        }
        this.passphrase = passphrase.clone();
        this.workFactor = workFactor;
        this.progress = progress;
    }

    @Override
    public List<Stanza> wrap(FileKey fileKey) {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        byte[] wrapKey = deriveWrapKey(passphrase, salt, workFactor, progress);
        try {
            return List.of(new Stanza(
                    TYPE,
                    List.of(CanonicalBase64.encode(salt), Integer.toString(workFactor)),
                    WrappedKey.seal(wrapKey, fileKey)));
        } finally {
            Arrays.fill(wrapKey, (byte) 0);
        }
    }

    /**
     * Allocates the memory of the next passphrase derivation at {@code workFactor} ahead (see
     * {@link Scrypt#reserveMemory}); says whether it did.
     */
    public static boolean reserveMemory(int workFactor) {
        return Scrypt.reserveMemory(workFactor, BLOCK_SIZE);
    }

    static byte[] deriveWrapKey(char[] passphrase, byte[] salt, int workFactor, Scrypt.Progress progress) {
        byte[] password = Passphrases.utf8(passphrase);
        byte[] labelledSalt = new byte[SALT_LABEL.length + salt.length];
        System.arraycopy(SALT_LABEL, 0, labelledSalt, 0, SALT_LABEL.length);
        System.arraycopy(salt, 0, labelledSalt, SALT_LABEL.length, salt.length);
        try {
            return Scrypt.derive(password, labelledSalt, workFactor, BLOCK_SIZE, 1, 32, progress);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    @Override
    public boolean mustBeAlone() {
        return true;
    }

    @Override
    public void destroy() {
        Arrays.fill(passphrase, '\0');
    }

    @Override
    public String toString() {
        return "ScryptRecipient[workFactor=" + workFactor + "]";
    }
}
