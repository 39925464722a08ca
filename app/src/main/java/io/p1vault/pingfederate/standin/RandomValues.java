package io.p1vault.pingfederate.standin;

import java.security.SecureRandom;
import java.util.Base64;

/** The stand-in's made-up identifiers, encrypted credentials and tokens. */
final class RandomValues {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private RandomValues() {}

    /** 22 letters and digits, as PingFederate's generated IDs look. */
    static String id() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 22; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    /** Stands for PingFederate's encryption of a credential: opaque, new every time. */
    static String encryptedCredential() {
        return "OBF:JWE:" + base64(48);
    }

    static String token() {
        return base64(32);
    }

    private static String base64(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
