package io.p1vault.crypto.age;

/** The ASCII armor of age files: RFC 7468-style PEM with strict, canonical base64. */
final class Armor {
    static final String BEGIN = "-----BEGIN AGE ENCRYPTED FILE-----";
    static final String END = "-----END AGE ENCRYPTED FILE-----";
    static final int COLUMNS = 64;
    static final int BYTES_PER_LINE = COLUMNS / 4 * 3;
    /** How much whitespace may surround an armored file, as in the reference implementation. */
    static final int MAX_WHITESPACE = 1024;

    private Armor() {}
}
