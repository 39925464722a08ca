package io.p1vault.crypto.age;

/** None of the identities (passphrase or keys) opens any recipient stanza of the file. */
public final class AgeNoMatchException extends AgeException {
    private final boolean passphraseFile;

    public AgeNoMatchException(boolean passphraseFile) {
        super(
                passphraseFile
                        ? "Wrong passphrase: it does not open this file."
                        : "None of the available keys can open this file: it was encrypted to someone else.");
        this.passphraseFile = passphraseFile;
    }

    /** True when the file is passphrase-protected, so the passphrase was what failed. */
    public boolean passphraseFile() {
        return passphraseFile;
    }
}
