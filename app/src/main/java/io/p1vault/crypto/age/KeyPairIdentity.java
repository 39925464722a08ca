package io.p1vault.crypto.age;

import javax.security.auth.Destroyable;

/**
 * A private key with a public recipient to share: X25519 ({@code AGE-SECRET-KEY-1…}, recipient
 * {@code age1…}) or the post-quantum hybrid ({@code AGE-SECRET-KEY-PQ-1…}, recipient
 * {@code age1pq1…}). {@link #destroy()} wipes the key.
 */
public sealed interface KeyPairIdentity extends Identity, Destroyable permits X25519Identity, HybridIdentity {
    Recipient recipient();

    /** The Bech32 form of the private key; the caller wipes it. */
    char[] encode();

    /** Wipes the key; never fails. */
    @Override
    void destroy();

    /** A new key: post-quantum (ML-KEM-768 + X25519) or X25519 alone. */
    static KeyPairIdentity generate(boolean postQuantum) {
        return postQuantum ? HybridIdentity.generate() : X25519Identity.generate();
    }

    /**
     * Parses either kind of private key, told apart by its prefix; throws with a user-facing
     * message (which never repeats the key) when it is neither. The caller wipes {@code encoded}.
     */
    static KeyPairIdentity parse(char[] encoded) {
        return Bech32.hasPrefix(encoded, HybridIdentity.HRP + "1")
                ? HybridIdentity.parse(encoded)
                : X25519Identity.parse(encoded);
    }
}
