package io.p1vault.crypto.age;

/** The key opened a stanza but the header's MAC does not match: the header was altered. */
public final class AgeHeaderMacException extends AgeException {
    public AgeHeaderMacException() {
        super("The file's header was altered or damaged (its integrity check failed).");
    }
}
