package io.p1vault.model;

/** PingOne identifiers are canonical UUID strings. */
public final class Uuids {
    private static final int LENGTH = 36;

    private Uuids() {}

    /**
     * Whether {@code s} is a UUID in its canonical text form (8-4-4-4-12 hexadecimal digits, either
     * case). Checked by hand rather than by a regular expression: every entry's id goes through
     * here when a vault opens, mostly in code the JIT has not compiled yet.
     */
    public static boolean isUuid(String s) {
        if (s == null || s.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = s.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : isHexDigit(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
