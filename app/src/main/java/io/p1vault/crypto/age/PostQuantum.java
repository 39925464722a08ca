package io.p1vault.crypto.age;

/** The one message for age's post-quantum hybrid (ML-KEM-768 + X25519) keys, which p1vault does not implement. */
final class PostQuantum {
    static final String NOT_SUPPORTED = "post-quantum age keys (age1pq1…, AGE-SECRET-KEY-PQ-1…) are not supported yet: "
            + "use an X25519 key (age1…) or a passphrase";

    private PostQuantum() {
    }
}
