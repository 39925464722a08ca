package io.p1vault.crypto.age;

import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.digests.SHA3Digest;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.bouncycastle.math.ec.rfc7748.X25519;

import javax.security.auth.DestroyFailedException;
import javax.security.auth.Destroyable;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The MLKEM768-X25519 hybrid KEM (draft-irtf-cfrg-concrete-hybrid-kems, i.e. X-Wing) that age's
 * {@code mlkem768x25519} stanza runs HPKE over: a 32-byte seed expands (SHAKE256) into an
 * ML-KEM-768 key and an X25519 scalar; the shared secret is SHA3-256 over both KEMs' secrets,
 * the X25519 ciphertext and public key, and a fixed label. ML-KEM is BouncyCastle's (constant
 * time, implicit rejection on a bad ciphertext); X25519 is the same as for age's X25519 stanza.
 */
final class HybridKem {
    static final int SEED_LENGTH = 32;
    static final int MLKEM_PUBLIC_KEY_LENGTH = 1184;
    static final int MLKEM_CIPHERTEXT_LENGTH = 1088;
    static final int PUBLIC_KEY_LENGTH = MLKEM_PUBLIC_KEY_LENGTH + X25519.POINT_SIZE;
    static final int ENC_LENGTH = MLKEM_CIPHERTEXT_LENGTH + X25519.POINT_SIZE;
    /** HPKE's KEM identifier for MLKEM768-X25519. */
    static final int KEM_ID = 0x647a;

    private static final MLKEMParameters ML_KEM_768 = MLKEMParameters.ml_kem_768;
    private static final int MLKEM_SEED_LENGTH = 64;
    /** {@code \.//^\}: the hybrid's domain separator, hashed last. */
    private static final byte[] LABEL = {0x5c, 0x2e, 0x2f, 0x2f, 0x5e, 0x5c};

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] LOW_ORDER_PROBE = new byte[X25519.SCALAR_SIZE];

    static {
        Arrays.fill(LOW_ORDER_PROBE, (byte) 0x5a);
    }

    private HybridKem() {}

    /** The shared secret and the encapsulation ({@code enc}) sent with it. */
    record Encapsulation(byte[] sharedSecret, byte[] enc) implements Destroyable {
        @Override
        public void destroy() {
            Arrays.fill(sharedSecret, (byte) 0);
        }
    }

    /** A decapsulation key expanded from its seed; {@link #destroy()} wipes it. */
    static final class PrivateKey implements Destroyable {
        private final MLKEMPrivateKeyParameters mlkem;
        private final byte[] x25519Scalar;
        private final byte[] publicKey;

        PrivateKey(byte[] seed) {
            if (seed.length != SEED_LENGTH) {
                throw new IllegalArgumentException("an MLKEM768-X25519 seed is 32 bytes");
            }
            byte[] expanded = new byte[MLKEM_SEED_LENGTH + X25519.SCALAR_SIZE];
            SHAKEDigest shake = new SHAKEDigest(256);
            shake.update(seed, 0, seed.length);
            shake.doFinal(expanded, 0, expanded.length);
            byte[] mlkemSeed = Arrays.copyOf(expanded, MLKEM_SEED_LENGTH);
            try {
                mlkem = new MLKEMPrivateKeyParameters(ML_KEM_768, mlkemSeed);
                x25519Scalar = Arrays.copyOfRange(expanded, MLKEM_SEED_LENGTH, expanded.length);
            } finally {
                Arrays.fill(expanded, (byte) 0);
                Arrays.fill(mlkemSeed, (byte) 0);
            }
            publicKey = Arrays.copyOf(mlkem.getPublicKey(), PUBLIC_KEY_LENGTH);
            X25519.scalarMultBase(x25519Scalar, 0, publicKey, MLKEM_PUBLIC_KEY_LENGTH);
        }

        /** {@code ek_PQ || ek_T}, 1216 bytes. */
        byte[] publicKey() {
            return publicKey.clone();
        }

        /**
         * The shared secret for {@code enc}, or null when its X25519 half gives the all-zero
         * secret (a low-order point), which the caller must refuse. A wrong ML-KEM half yields a
         * pseudorandom secret (implicit rejection), found out when the AEAD fails.
         */
        byte[] decapsulate(byte[] enc) {
            if (enc.length != ENC_LENGTH) {
                throw new IllegalArgumentException("an MLKEM768-X25519 encapsulation is 1120 bytes");
            }
            byte[] ctX = Arrays.copyOfRange(enc, MLKEM_CIPHERTEXT_LENGTH, ENC_LENGTH);
            byte[] ssX = new byte[X25519.POINT_SIZE];
            byte[] ssM = null;
            try {
                if (!X25519.calculateAgreement(x25519Scalar, 0, ctX, 0, ssX, 0)) {
                    return null;
                }
                ssM = new MLKEMExtractor(mlkem).extractSecret(Arrays.copyOf(enc, MLKEM_CIPHERTEXT_LENGTH));
                return combine(ssM, ssX, ctX, publicKey);
            } finally {
                Arrays.fill(ssX, (byte) 0);
                if (ssM != null) {
                    Arrays.fill(ssM, (byte) 0);
                }
            }
        }

        @Override
        public void destroy() {
            mlkem.destroy();
            Arrays.fill(x25519Scalar, (byte) 0);
        }

        @Override
        public boolean isDestroyed() {
            return mlkem.isDestroyed();
        }
    }

    /**
     * Checks a public key as FIPS 203 asks before encapsulating to it (length, and every ML-KEM
     * coefficient below q), and that its X25519 half is not a low-order point, which would make
     * every encapsulation to it fail; throws {@link IllegalArgumentException} when it is not one.
     */
    static MLKEMPublicKeyParameters checkPublicKey(byte[] publicKey) {
        if (publicKey.length != PUBLIC_KEY_LENGTH) {
            throw new IllegalArgumentException("an MLKEM768-X25519 public key is 1216 bytes");
        }
        // Any clamped scalar is a multiple of 8, so it maps exactly the low-order points to zero.
        byte[] probe = new byte[X25519.POINT_SIZE];
        boolean lowOrder = !X25519.calculateAgreement(LOW_ORDER_PROBE, 0, publicKey, MLKEM_PUBLIC_KEY_LENGTH, probe, 0);
        if (lowOrder) {
            throw new IllegalArgumentException("the X25519 part of an MLKEM768-X25519 public key is a low-order point");
        }
        // BouncyCastle runs the modulus check when the key is built.
        return new MLKEMPublicKeyParameters(ML_KEM_768, Arrays.copyOf(publicKey, MLKEM_PUBLIC_KEY_LENGTH));
    }

    /** Encapsulates to a public key already checked by {@link #checkPublicKey}, which gave {@code mlkemKey}. */
    static Encapsulation encapsulate(byte[] publicKey, MLKEMPublicKeyParameters mlkemKey) {
        byte[] pkX = Arrays.copyOfRange(publicKey, MLKEM_PUBLIC_KEY_LENGTH, PUBLIC_KEY_LENGTH);
        byte[] ephemeral = new byte[X25519.SCALAR_SIZE];
        byte[] ssX = new byte[X25519.POINT_SIZE];
        SecretWithEncapsulation mlkem = new MLKEMGenerator(RANDOM).generateEncapsulated(mlkemKey);
        try {
            X25519.generatePrivateKey(RANDOM, ephemeral);
            byte[] ctX = new byte[X25519.POINT_SIZE];
            X25519.scalarMultBase(ephemeral, 0, ctX, 0);
            if (!X25519.calculateAgreement(ephemeral, 0, pkX, 0, ssX, 0)) {
                throw new IllegalStateException("the recipient's X25519 key is a low-order point");
            }
            byte[] ssM = mlkem.getSecret();
            try {
                byte[] enc = Arrays.copyOf(mlkem.getEncapsulation(), ENC_LENGTH);
                System.arraycopy(ctX, 0, enc, MLKEM_CIPHERTEXT_LENGTH, X25519.POINT_SIZE);
                return new Encapsulation(combine(ssM, ssX, ctX, pkX), enc);
            } finally {
                Arrays.fill(ssM, (byte) 0);
            }
        } finally {
            Arrays.fill(ephemeral, (byte) 0);
            Arrays.fill(ssX, (byte) 0);
            try {
                mlkem.destroy();
            } catch (DestroyFailedException ignored) {
                // BouncyCastle's destroy only wipes arrays and never fails.
            }
        }
    }

    /** SHA3-256(ss_M || ss_X || ct_X || pk_X || label); {@code pkX} may be the whole public key. */
    private static byte[] combine(byte[] ssM, byte[] ssX, byte[] ctX, byte[] pkX) {
        SHA3Digest sha3 = new SHA3Digest(256);
        sha3.update(ssM, 0, ssM.length);
        sha3.update(ssX, 0, ssX.length);
        sha3.update(ctX, 0, X25519.POINT_SIZE);
        sha3.update(pkX, pkX.length - X25519.POINT_SIZE, X25519.POINT_SIZE);
        sha3.update(LABEL, 0, LABEL.length);
        byte[] out = new byte[32];
        sha3.doFinal(out, 0);
        return out;
    }
}
