package io.p1vault.crypto.age;

/**
 * The encrypted content is truncated, damaged or tampered with. Everything read before this
 * was thrown had been authenticated; nothing after the failing chunk was released.
 */
public final class AgePayloadException extends AgeException {
    public AgePayloadException(String detail) {
        super("The encrypted content is damaged, truncated or was tampered with: " + detail + ".");
    }
}
