package io.p1vault.model;

/**
 * Another system's OAuth client (client-credentials grant): its client ID and secret and the
 * token URL they are used at, such as ConductorOne's own API client for a connector.
 */
public final class ClientCredentialsEntry extends Entry {
    private String clientId;
    private Secret clientSecret;
    private String tokenUrl;

    ClientCredentialsEntry() {}

    public ClientCredentialsEntry(String name, String clientId, Secret clientSecret, String tokenUrl) {
        super(EntryKind.CLIENT_CREDENTIALS.id(), name);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.tokenUrl = tokenUrl;
    }

    @Override
    public EntryKind knownKind() {
        return EntryKind.CLIENT_CREDENTIALS;
    }

    @Override
    public Secret secret() {
        return clientSecret;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public Secret getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(Secret clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }
}
