package io.p1vault.crypto.age;

import io.p1vault.crypto.HmacSha256;
import org.bouncycastle.math.ec.rfc7748.X25519;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/** A public key ({@code age1…}) a file can be encrypted to. */
public final class X25519Recipient implements Recipient {
    static final String TYPE = "X25519";
    static final String HRP = "age";
    static final byte[] WRAP_INFO = "age-encryption.org/v1/X25519".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] publicKey;

    X25519Recipient(byte[] publicKey) {
        this.publicKey = publicKey.clone();
    }

    /** Parses an {@code age1…} string; throws with a user-facing message when it is not one. */
    public static X25519Recipient parse(String encoded) {
        Bech32.Decoded decoded = Bech32.decode(encoded.strip().toCharArray());
        if (decoded == null || !decoded.hrp().equals(HRP) || decoded.data().length != X25519.POINT_SIZE) {
            throw new IllegalArgumentException("not an age public key (age1…): check that it was copied completely");
        }
        return new X25519Recipient(decoded.data());
    }

    @Override
    public List<Stanza> wrap(FileKey fileKey) {
        byte[] ephemeral = new byte[X25519.SCALAR_SIZE];
        byte[] share = new byte[X25519.POINT_SIZE];
        byte[] shared = new byte[X25519.POINT_SIZE];
        try {
            RANDOM.nextBytes(ephemeral);
            X25519.scalarMultBase(ephemeral, 0, share, 0);
            if (!X25519.calculateAgreement(ephemeral, 0, publicKey, 0, shared, 0)) {
                throw new IllegalStateException("the recipient's public key is a low-order point");
            }
            byte[] wrapKey = wrapKey(shared, share, publicKey);
            try {
                return List.of(
                        new Stanza(TYPE, List.of(CanonicalBase64.encode(share)), WrappedKey.seal(wrapKey, fileKey)));
            } finally {
                Arrays.fill(wrapKey, (byte) 0);
            }
        } finally {
            Arrays.fill(ephemeral, (byte) 0);
            Arrays.fill(shared, (byte) 0);
        }
    }

    static byte[] wrapKey(byte[] shared, byte[] share, byte[] recipientKey) {
        byte[] salt = new byte[2 * X25519.POINT_SIZE];
        System.arraycopy(share, 0, salt, 0, X25519.POINT_SIZE);
        System.arraycopy(recipientKey, 0, salt, X25519.POINT_SIZE, X25519.POINT_SIZE);
        return HmacSha256.hkdf(shared, salt, WRAP_INFO, 32);
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    /** The {@code age1…} form. */
    @Override
    public String toString() {
        return new String(Bech32.encode(HRP, publicKey, false));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof X25519Recipient r && Arrays.equals(r.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey);
    }
}
