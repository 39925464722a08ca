package io.p1vault.vault;

import io.p1vault.crypto.age.Age;
import io.p1vault.crypto.age.AgeException;
import io.p1vault.crypto.age.AgeHeaderException;
import io.p1vault.crypto.age.AgeInputStream;
import io.p1vault.crypto.age.AgeNoMatchException;
import io.p1vault.crypto.age.Envelope;
import io.p1vault.crypto.age.Identity;
import io.p1vault.storage.FileSnapshot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Decrypts and reads a vault file with a key source, and tells a damaged vault whose backup
 * still opens from a wrong key, so the user is offered the backup rather than a dead end.
 */
final class VaultUnlock {
    private VaultUnlock() {}

    record Unlocked(Envelope envelope, VaultDocuments.Loaded document) {}

    /**
     * Unlocks the file {@code reading} reads: the key derivation starts from its header while the
     * rest of the file is still being read.
     */
    static Unlocked unlockOrExplain(Path file, FileSnapshot.Reading reading, KeySource key)
            throws VaultException, IOException {
        try {
            return unlock(file, reading.stream(), key);
        } catch (VaultException e) {
            Path backup = VaultFiles.backupOf(file);
            if (e.reason() != VaultException.Reason.LOCKED
                    && backupWorthTrying(reading.contents().bytes(), backup, e)
                    && opens(backup, key)) {
                throw new VaultException(
                        VaultException.Reason.DAMAGED,
                        "The vault " + file
                                + " is damaged, but its backup " + backup + " opens with this key. "
                                + "Keep the damaged file aside and restore the backup.",
                        backup);
            }
            throw e;
        }
    }

    /**
     * A backup made by a save shares the vault's header, so for a plain wrong passphrase trying
     * it would only repeat the same key derivation. Only a differing header is worth the cost.
     */
    private static boolean backupWorthTrying(byte[] vault, Path backup, VaultException failure) throws IOException {
        if (!Files.isRegularFile(backup)) {
            return false;
        }
        if (failure.reason() != VaultException.Reason.WRONG_PASSPHRASE) {
            return true;
        }
        try (InputStream in = Files.newInputStream(backup)) {
            return !Age.readHeader(in)
                    .stanzas()
                    .equals(Age.readHeader(new ByteArrayInputStream(vault)).stanzas());
        } catch (AgeException e) {
            return true;
        }
    }

    private static boolean opens(Path backup, KeySource key) throws IOException {
        try {
            // Only whether it opens matters: its key and its secrets are wiped at once.
            Unlocked opened = unlock(backup, new ByteArrayInputStream(Files.readAllBytes(backup)), key);
            opened.envelope().destroy();
            opened.document().document().wipe();
            return true;
        } catch (VaultException e) {
            return false;
        }
    }

    private static Unlocked unlock(Path file, InputStream bytes, KeySource key) throws VaultException, IOException {
        Identity identity = key.identity();
        byte[] plain = null;
        try (AgeInputStream in = Age.decrypt(bytes, List.of(identity), false)) {
            // Everything is read (and so authenticated) before any of it is parsed.
            plain = in.readAllBytes();
            Envelope envelope = in.envelope();
            try {
                return new Unlocked(envelope, VaultDocuments.parse(file, plain));
            } catch (VaultException e) {
                envelope.destroy();
                throw e;
            }
        } catch (AgeHeaderException e) {
            throw new VaultException(
                    VaultException.Reason.NOT_A_VAULT,
                    file + " is not a p1vault vault, or its header is damaged. (" + e.getMessage() + ")");
        } catch (AgeNoMatchException e) {
            throw key.noMatch(file, e.passphraseFile());
        } catch (AgeException e) {
            throw new VaultException(
                    VaultException.Reason.DAMAGED,
                    "The vault " + file + " is damaged or was tampered with, and cannot be opened. (" + e.getMessage()
                            + ")");
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }
}
