package io.p1vault.vault;

import io.p1vault.crypto.age.KeyPairIdentity;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.UnknownEntry;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.rules.VisibleText;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The rules that keep an export from taking a vault over (issue 22): whoever wrote the export
 * chose every byte of it. An export from a newer document version is refused; every entry needs
 * an id of its own; trust is never imported (server entries arrive without pins, decided here by
 * {@code server trust} or the certificate dialog); an age identity's recipient is derived from its
 * secret key, never taken from the file; and an id already used by an entry of another kind is
 * replaced, so an OAuth client can never stand in for a server.
 */
final class ImportGuard {
    private ImportGuard() {}

    /** Checks and neutralises the decrypted export in place, before it is previewed. */
    static void check(VaultDocument incoming, String source, List<Entry> existing) throws VaultException {
        if (incoming.version > VaultDocument.VERSION) {
            throw refused(source + " was written by a newer p1vault (document version " + incoming.version
                    + "; this one reads up to " + VaultDocument.VERSION + "). Update p1vault to import it.");
        }
        Set<UUID> ids = new HashSet<>();
        for (Entry e : incoming.entries) {
            if (unreadable(e)) {
                continue; // refused on its own in the preview; its id may be what could not be read
            }
            if (e.getId() == null) {
                throw refused(source + ": the " + VisibleText.shortened(String.valueOf(e.getKind()), 40) + " \""
                        + VisibleText.shortened(e.getName(), 60) + "\" has no id. Nothing was imported.");
            }
            if (!ids.add(e.getId())) {
                throw refused(source + " holds two entries with the id " + e.getId() + ". Nothing was imported.");
            }
        }
        for (Entry e : incoming.entries) {
            if (unreadable(e)) {
                continue;
            }
            if (e instanceof PingFederateServerEntry server) {
                server.setCertificatePins(List.of());
            } else if (e instanceof AgeIdentityEntry identity) {
                deriveRecipient(identity, source);
            }
            boolean idOfAnotherKind = existing.stream()
                    .anyMatch(x -> e.getId().equals(x.getId()) && !Objects.equals(x.getKind(), e.getKind()));
            if (idOfAnotherKind) {
                e.setId(UUID.randomUUID());
            }
        }
    }

    private static boolean unreadable(Entry e) {
        return e instanceof UnknownEntry u && u.isUnreadable();
    }

    /** Whether taking {@code entry} in needs the user to name it (an identity can decrypt what is sent to the vault). */
    static boolean needsExplicitChoice(Entry entry) {
        return entry instanceof AgeIdentityEntry;
    }

    private static void deriveRecipient(AgeIdentityEntry identity, String source) throws VaultException {
        if (identity.getSecretKey() == null) {
            throw refused(source + ": the age identity \"" + VisibleText.shortened(identity.getName(), 60)
                    + "\" has no secret key. Nothing was imported.");
        }
        char[] key = identity.getSecretKey().reveal();
        KeyPairIdentity parsed = null;
        try {
            parsed = KeyPairIdentity.parse(key);
            identity.setRecipient(parsed.recipient().toString());
        } catch (IllegalArgumentException e) {
            throw refused(source + ": the age identity \"" + VisibleText.shortened(identity.getName(), 60)
                    + "\" does not hold a valid secret key. Nothing was imported.");
        } finally {
            Arrays.fill(key, '\0');
            if (parsed != null) {
                parsed.destroy();
            }
        }
    }

    private static VaultException refused(String message) {
        return new VaultException(VaultException.Reason.INVALID_INPUT, message);
    }
}
