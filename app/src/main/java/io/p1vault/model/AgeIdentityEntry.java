package io.p1vault.model;

/** An age X25519 identity: exports addressed to its recipient import without a passphrase. */
public final class AgeIdentityEntry extends Entry {
    private Secret secretKey;
    private String recipient;

    AgeIdentityEntry() {
    }

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

    /** {@code AGE-SECRET-KEY-1…}. */
    public Secret getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(Secret secretKey) {
        this.secretKey = secretKey;
    }

    /** The public {@code age1…} recipient to share. */
    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
