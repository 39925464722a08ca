package io.p1vault.crypto.age;

import java.util.List;

/** Someone a file is encrypted to: wraps the file key into header stanzas. */
public interface Recipient {
    List<Stanza> wrap(FileKey fileKey);

    /** True for recipients whose stanza must be the only one in a header (scrypt). */
    default boolean mustBeAlone() {
        return false;
    }

    /**
     * True for recipients safe against a quantum computer (the hybrid {@code age1pq1…}), which
     * age does not let share a file with classical ones: the file would be no safer than those.
     */
    default boolean isPostQuantum() {
        return false;
    }

    /**
     * Parses a public key, {@code age1pq1…} (post-quantum) or {@code age1…} (X25519), told apart
     * by its prefix; throws with a user-facing message when it is not one.
     */
    static Recipient parse(String encoded) {
        return Bech32.hasPrefix(encoded.toCharArray(), HybridRecipient.HRP + "1")
                ? HybridRecipient.parse(encoded)
                : X25519Recipient.parse(encoded);
    }
}
