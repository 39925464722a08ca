package io.p1vault.crypto.age;

import java.util.Arrays;
import java.util.Base64;

/**
 * The unpadded standard base64 of age headers. Only the canonical encoding is accepted: the JDK
 * decoder alone would accept padding and non-zero trailing bits, so a decoded value is
 * re-encoded and compared.
 */
final class CanonicalBase64 {
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    private CanonicalBase64() {}

    static String encode(byte[] data) {
        return ENCODER.encodeToString(data);
    }

    /** Decodes or returns null when {@code text} is not canonical unpadded base64. */
    static byte[] decode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
            if (!ok) {
                return null;
            }
        }
        if (text.length() % 4 == 1) {
            return null;
        }
        byte[] decoded = Base64.getDecoder().decode(text);
        if (!ENCODER.encodeToString(decoded).equals(text)) {
            Arrays.fill(decoded, (byte) 0);
            return null;
        }
        return decoded;
    }
}
