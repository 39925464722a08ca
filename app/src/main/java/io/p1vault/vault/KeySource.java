package io.p1vault.vault;

import io.p1vault.crypto.age.Identity;

import java.nio.file.Path;

/**
 * What opens a vault file: a passphrase for a personal vault ({@link PassphraseKey}), a member's
 * age identity for a team vault. {@link Vault} does everything else (lock, document, safe saves)
 * the same way for both; what a new file key is wrapped to is a {@link NewFileKey}.
 */
public interface KeySource extends AutoCloseable {
    /** Opens files written for this source; it stays this source's, wiped by {@link #close()}. */
    Identity identity();

    /** Why {@code file} did not open with this source; {@code passphraseFile} when its only stanza is scrypt. */
    VaultException noMatch(Path file, boolean passphraseFile);

    /** Wipes whatever secret this source keeps; never fails. */
    @Override
    void close();
}
