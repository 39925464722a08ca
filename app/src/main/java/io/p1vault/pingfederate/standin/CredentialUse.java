package io.p1vault.pingfederate.standin;

/** What the PingFederate stand-in tells PingOne's when a connection receives or checks a gateway credential. */
@FunctionalInterface
public interface CredentialUse {
    /** Without a PingOne stand-in: every credential counts as valid. */
    CredentialUse NONE = jti -> true;

    /** PingFederate used the credential {@code jti}; false when PingOne no longer knows it (revoked). */
    boolean used(String jti);
}
