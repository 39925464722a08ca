package io.p1vault.vault.team;

import io.p1vault.crypto.age.Identity;
import io.p1vault.crypto.age.KeyPairIdentity;
import io.p1vault.crypto.age.Recipient;
import io.p1vault.vault.KeySource;
import io.p1vault.vault.VaultException;

import java.nio.file.Path;

/**
 * What opens a team vault: one member's age identity, kept in their personal vault. (A new file
 * key is wrapped to every member's recipient; there is no passphrase stanza.)
 */
final class MemberKey implements KeySource {
    private final KeyPairIdentity identity;
    private final String identityName;

    /** Takes ownership of {@code identity}. */
    MemberKey(KeyPairIdentity identity, String identityName) {
        this.identity = identity;
        this.identityName = identityName;
    }

    Recipient ownRecipient() {
        return identity.recipient();
    }

    @Override
    public Identity identity() {
        return identity;
    }

    @Override
    public VaultException noMatch(Path file, boolean passphraseFile) {
        if (passphraseFile) {
            return new VaultException(
                    VaultException.Reason.NOT_A_VAULT,
                    file + " is protected by a passphrase: it is a personal vault, not a team vault.");
        }
        return new VaultException(
                VaultException.Reason.WRONG_PASSPHRASE,
                "The team vault " + file + " is not encrypted to the identity \"" + identityName
                        + "\" (" + identity.recipient() + "): ask a member to add that recipient, or choose"
                        + " the identity you were added with.");
    }

    @Override
    public void close() {
        identity.destroy();
    }
}
