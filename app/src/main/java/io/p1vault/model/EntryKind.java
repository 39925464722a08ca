package io.p1vault.model;

/** The kinds of vault entry this version knows; others are carried through unchanged. */
public enum EntryKind {
    GATEWAY_CREDENTIAL("pingone-gateway-credential", "PingOne gateway credential"),
    PINGONE_APPLICATION("pingone-application", "PingOne application"),
    PINGFEDERATE_SERVER("pingfederate-server", "PingFederate server"),
    AGE_IDENTITY("age-identity", "age identity"),
    CLIENT_CREDENTIALS("client-credentials", "OAuth client");

    private final String id;
    private final String displayName;

    EntryKind(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The value of the {@code kind} field in the vault document. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
