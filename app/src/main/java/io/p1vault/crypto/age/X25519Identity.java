package io.p1vault.crypto.age;

import org.bouncycastle.math.ec.rfc7748.X25519;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/** A private key ({@code AGE-SECRET-KEY-1…}) that opens files encrypted to its recipient. */
public final class X25519Identity implements KeyPairIdentity {
    static final String HRP = "AGE-SECRET-KEY-";

    private final byte[] secretKey;
    private final X25519Recipient recipient;

    private X25519Identity(byte[] secretKey) {
        this.secretKey = secretKey.clone();
        byte[] pub = new byte[X25519.POINT_SIZE];
        X25519.scalarMultBase(this.secretKey, 0, pub, 0);
        this.recipient = new X25519Recipient(pub);
    }

    public static X25519Identity generate() {
        byte[] k = new byte[X25519.SCALAR_SIZE];
        X25519.generatePrivateKey(new SecureRandom(), k);
        try {
            return new X25519Identity(k);
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    /** Parses {@code AGE-SECRET-KEY-1…}; the caller wipes {@code encoded}. */
    public static X25519Identity parse(char[] encoded) {
        Bech32.Decoded decoded = Bech32.decodeTrimmed(encoded);
        if (decoded == null || !decoded.hrp().equals(HRP) || decoded.data().length != X25519.SCALAR_SIZE) {
            if (decoded != null) {
                Arrays.fill(decoded.data(), (byte) 0);
            }
            throw new IllegalArgumentException(
                    "not an age secret key (AGE-SECRET-KEY-1…): check that it was copied completely");
        }
        try {
            return new X25519Identity(decoded.data());
        } finally {
            Arrays.fill(decoded.data(), (byte) 0);
        }
    }

    @Override
    public X25519Recipient recipient() {
        return recipient;
    }

    /** The {@code AGE-SECRET-KEY-1…} form; the caller wipes it. */
    @Override
    public char[] encode() {
        return Bech32.encode(HRP, secretKey, true);
    }

    @Override
    public FileKey unwrap(List<Stanza> stanzas) throws AgeException {
        for (Stanza stanza : stanzas) {
            if (!stanza.type().equals(X25519Recipient.TYPE)) {
                continue;
            }
            if (stanza.args().size() != 1) {
                throw new AgeHeaderException("an X25519 stanza has the wrong number of arguments");
            }
            byte[] share = CanonicalBase64.decode(stanza.args().get(0));
            if (share == null || share.length != X25519.POINT_SIZE) {
                throw new AgeHeaderException("an X25519 stanza's ephemeral share is malformed");
            }
            if (stanza.bodyLength() != WrappedKey.BODY_LENGTH) {
                throw new AgeHeaderException("an X25519 stanza's body has the wrong length");
            }
            byte[] shared = new byte[X25519.POINT_SIZE];
            try {
                if (!X25519.calculateAgreement(secretKey, 0, share, 0, shared, 0)) {
                    throw new AgeHeaderException("an X25519 stanza uses a low-order point");
                }
                byte[] wrapKey = X25519Recipient.wrapKey(shared, share, recipient.publicKey());
                try {
                    FileKey fileKey = WrappedKey.open(wrapKey, stanza.body());
                    if (fileKey != null) {
                        return fileKey;
                    }
                } finally {
                    Arrays.fill(wrapKey, (byte) 0);
                }
            } finally {
                Arrays.fill(shared, (byte) 0);
            }
        }
        return null;
    }

    @Override
    public void destroy() {
        Arrays.fill(secretKey, (byte) 0);
    }

    @Override
    public String toString() {
        return "X25519Identity[" + recipient + "]";
    }
}
