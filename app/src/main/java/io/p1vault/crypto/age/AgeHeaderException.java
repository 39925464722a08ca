package io.p1vault.crypto.age;

/** The file is not an age file, or its header is malformed or not canonical. */
public final class AgeHeaderException extends AgeException {
    public AgeHeaderException(String detail) {
        super("Not a valid age file, or its header is damaged: " + detail + ".");
    }
}
