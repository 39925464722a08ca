package io.p1vault.crypto;

/** scrypt (RFC 7914). Placeholder over BouncyCastle until the optimized version lands. */
public final class Scrypt {
    private Scrypt() {
    }

    public static byte[] derive(byte[] password, byte[] salt, int logN, int r, int p, int dkLen) {
        return org.bouncycastle.crypto.generators.SCrypt.generate(password, salt, 1 << logN, r, p, dkLen);
    }
}
