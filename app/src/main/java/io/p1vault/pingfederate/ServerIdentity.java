package io.p1vault.pingfederate;

/** The certificate a server presented and why it was trusted. */
public record ServerIdentity(CertificateDetails certificate, Trust trust) {
    public enum Trust {
        /** The system's trusted authorities vouch for it, for this host name. */
        SYSTEM,
        /** Pinned for this server. */
        PINNED,
        /** Pinned for this server, though it names another host (PingFederate's own often says localhost). */
        PINNED_NAME_MISMATCH
    }

    /** One line for users. */
    public String describeTrust() {
        return switch (trust) {
            case SYSTEM -> "trusted: issued by an authority this system trusts";
            case PINNED -> "trusted: pinned for this server";
            case PINNED_NAME_MISMATCH -> "trusted: pinned for this server, although it does not name this host";
        };
    }
}
