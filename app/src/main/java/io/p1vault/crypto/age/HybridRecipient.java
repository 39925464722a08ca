package io.p1vault.crypto.age;

import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A post-quantum public key ({@code age1pq1…}): the file key is sealed with HPKE (RFC 9180, base
 * mode) over the MLKEM768-X25519 hybrid KEM, HKDF-SHA256 and ChaCha20-Poly1305, in an
 * {@code mlkem768x25519} stanza whose argument is the KEM's 1120-byte encapsulation.
 */
public final class HybridRecipient implements Recipient {
    static final String TYPE = "mlkem768x25519";
    static final String HRP = "age1pq";
    static final byte[] HPKE_INFO = "age-encryption.org/mlkem768x25519".getBytes(StandardCharsets.US_ASCII);

    private final byte[] publicKey;
    private final MLKEMPublicKeyParameters mlkemKey;

    /** Checks {@code publicKey} as FIPS 203 asks, once, before any encapsulation to it. */
    HybridRecipient(byte[] publicKey) {
        this.mlkemKey = HybridKem.checkPublicKey(publicKey);
        this.publicKey = publicKey.clone();
    }

    /** Parses an {@code age1pq1…} string; throws with a user-facing message when it is not one. */
    public static HybridRecipient parse(String encoded) {
        Bech32.Decoded decoded = Bech32.decode(encoded.strip().toCharArray());
        if (decoded == null || !decoded.hrp().equals(HRP) || decoded.data().length != HybridKem.PUBLIC_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "not a post-quantum age public key (age1pq1…): check that it was copied completely");
        }
        try {
            return new HybridRecipient(decoded.data());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "not a valid post-quantum age public key (age1pq1…): " + "its ML-KEM or X25519 part is malformed",
                    e);
        }
    }

    @Override
    public List<Stanza> wrap(FileKey fileKey) {
        HybridKem.Encapsulation kem = HybridKem.encapsulate(publicKey, mlkemKey);
        Hpke.Context context = Hpke.keySchedule(HybridKem.KEM_ID, kem.sharedSecret(), HPKE_INFO);
        try {
            return List.of(new Stanza(
                    TYPE,
                    List.of(CanonicalBase64.encode(kem.enc())),
                    WrappedKey.seal(context.key(), context.nonce(), fileKey)));
        } finally {
            kem.destroy();
            context.destroy();
        }
    }

    @Override
    public boolean isPostQuantum() {
        return true;
    }

    /** The {@code age1pq1…} form (about 1,960 characters). */
    @Override
    public String toString() {
        return new String(Bech32.encode(HRP, publicKey, false));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HybridRecipient r && Arrays.equals(r.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey);
    }
}
