package io.p1vault.crypto.age;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * A post-quantum private key ({@code AGE-SECRET-KEY-PQ-1…}): a 32-byte seed from which the
 * ML-KEM-768 and X25519 keys are derived. Opens {@code mlkem768x25519} stanzas; a file that
 * also carries X25519 stanzas opens too, since age only refuses that mix when encrypting.
 */
public final class HybridIdentity implements KeyPairIdentity {
    static final String HRP = "AGE-SECRET-KEY-PQ-";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How much of the (long) recipient {@link #toString()} shows. */
    private static final int SHOWN = 24;

    private final byte[] seed;
    private final HybridKem.PrivateKey key;
    private final HybridRecipient recipient;

    private HybridIdentity(byte[] seed) {
        this.seed = seed.clone();
        this.key = new HybridKem.PrivateKey(this.seed);
        this.recipient = new HybridRecipient(key.publicKey());
    }

    public static HybridIdentity generate() {
        byte[] seed = new byte[HybridKem.SEED_LENGTH];
        RANDOM.nextBytes(seed);
        try {
            return new HybridIdentity(seed);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** Parses {@code AGE-SECRET-KEY-PQ-1…}; the caller wipes {@code encoded}. */
    public static HybridIdentity parse(char[] encoded) {
        Bech32.Decoded decoded = Bech32.decodeTrimmed(encoded);
        if (decoded == null || !decoded.hrp().equals(HRP) || decoded.data().length != HybridKem.SEED_LENGTH) {
            if (decoded != null) {
                Arrays.fill(decoded.data(), (byte) 0);
            }
            throw new IllegalArgumentException("not a post-quantum age secret key (AGE-SECRET-KEY-PQ-1…): "
                    + "check that it was copied completely");
        }
        try {
            return new HybridIdentity(decoded.data());
        } finally {
            Arrays.fill(decoded.data(), (byte) 0);
        }
    }

    @Override
    public HybridRecipient recipient() {
        return recipient;
    }

    /** The {@code AGE-SECRET-KEY-PQ-1…} form; the caller wipes it. */
    @Override
    public char[] encode() {
        return Bech32.encode(HRP, seed, true);
    }

    @Override
    public FileKey unwrap(List<Stanza> stanzas) throws AgeException {
        for (Stanza stanza : stanzas) {
            if (!stanza.type().equals(HybridRecipient.TYPE)) {
                continue;
            }
            if (stanza.args().size() != 1) {
                throw new AgeHeaderException("an mlkem768x25519 stanza has the wrong number of arguments");
            }
            byte[] enc = CanonicalBase64.decode(stanza.args().get(0));
            if (enc == null || enc.length != HybridKem.ENC_LENGTH) {
                throw new AgeHeaderException("an mlkem768x25519 stanza's encapsulated key is malformed");
            }
            // Checked before any decryption so that bodies of other lengths cannot serve as a partitioning oracle.
            if (stanza.bodyLength() != WrappedKey.BODY_LENGTH) {
                throw new AgeHeaderException("an mlkem768x25519 stanza's body has the wrong length");
            }
            byte[] shared = key.decapsulate(enc);
            if (shared == null) {
                throw new AgeHeaderException("an mlkem768x25519 stanza uses a low-order X25519 point");
            }
            Hpke.Context context = Hpke.keySchedule(HybridKem.KEM_ID, shared, HybridRecipient.HPKE_INFO);
            Arrays.fill(shared, (byte) 0);
            try {
                FileKey fileKey = WrappedKey.open(context.key(), context.nonce(), stanza.body());
                if (fileKey != null) {
                    return fileKey;
                }
            } finally {
                context.destroy();
            }
        }
        return null;
    }

    @Override
    public void destroy() {
        Arrays.fill(seed, (byte) 0);
        key.destroy();
    }

    @Override
    public boolean isDestroyed() {
        return key.isDestroyed();
    }

    @Override
    public String toString() {
        return "HybridIdentity[" + recipient.toString().substring(0, SHOWN) + "…]";
    }
}
