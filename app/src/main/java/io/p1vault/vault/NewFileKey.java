package io.p1vault.vault;

import io.p1vault.crypto.age.Envelope;

/** Makes a new file key wrapped for its owners: one passphrase (a key derivation), or a team's recipients. */
@FunctionalInterface
public interface NewFileKey {
    Envelope newEnvelope();
}
