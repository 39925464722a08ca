package io.p1vault.crypto.age;

import java.util.List;

/** Something that can open stanzas of a header: a private key or a passphrase. */
public interface Identity {
    /**
     * Returns the file key from the first stanza this identity opens, or null when none of its
     * stanzas is for this identity. A stanza of this identity's type that is malformed is a
     * header failure, not a mismatch.
     */
    FileKey unwrap(List<Stanza> stanzas) throws AgeException;

    /** Whether a failure to match means a wrong passphrase (for the user's message). */
    default boolean isPassphrase() {
        return false;
    }
}
