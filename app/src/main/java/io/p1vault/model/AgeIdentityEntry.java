package io.p1vault.model;

/**
 * An age identity, X25519 or post-quantum (ML-KEM-768 + X25519): exports addressed to its
 * recipient import without a passphrase. The recipient is derived from the key when generated.
 */
public final class AgeIdentityEntry extends Entry {
    private Secret secretKey;
    private String recipient;

    AgeIdentityEntry() {}

    public AgeIdentityEntry(String name, Secret secretKey, String recipient) {
        super(EntryKind.AGE_IDENTITY.id(), name);
        this.secretKey = secretKey;
        this.recipient = recipient;
    }

    @Override
    public EntryKind knownKind() {
        return EntryKind.AGE_IDENTITY;
    }

    @Override
    public Secret secret() {
        return secretKey;
    }

    /** {@code AGE-SECRET-KEY-1…}, or {@code AGE-SECRET-KEY-PQ-1…} for a post-quantum identity. */
    public Secret getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(Secret secretKey) {
        this.secretKey = secretKey;
    }

    /** The public recipient to share: {@code age1…}, or {@code age1pq1…} (about 1,960 characters). */
    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
