package io.p1vault.crypto.age;

/** ASCII-armored text that is not a well-formed armored age file. */
public final class AgeArmorException extends AgeException {
    public AgeArmorException(String detail) {
        super("The armored text is damaged or incomplete: " + detail + ".");
    }
}
