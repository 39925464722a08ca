package io.p1vault.model;

import java.util.ArrayList;
import java.util.List;

/** Client credentials of a PingOne application (worker or OIDC web app). */
public final class PingOneApplicationEntry extends Entry {
    /** Application types: {@code worker} or {@code oidc}. */
    public static final List<String> TYPES = List.of("worker", "oidc");
    /** Token endpoint client authentication: client_secret_basic or client_secret_post. */
    public static final List<String> AUTH_METHODS = List.of("basic", "post");

    private String type;
    private String environmentId;
    private String region;
    private String clientId;
    private Secret clientSecret;
    private String tokenAuthMethod = "basic";
    private String grantType = "client_credentials";
    private List<String> scopes = new ArrayList<>();
    private List<String> redirectUris = new ArrayList<>();
    /** For private deployments, stand-ins and tests: the platform API base ({@code https://host/v1}) and token URL. */
    private String apiUrlOverride;

    private String tokenUrlOverride;
    /** Keys trusted for the overridden endpoints, per host and port, as a PingFederate server entry holds them. */
    private List<CertificatePin> certificatePins = new ArrayList<>();

    PingOneApplicationEntry() {}

    public PingOneApplicationEntry(
            String name,
            String type,
            String environmentId,
            PingOneRegion region,
            String clientId,
            Secret clientSecret) {
        super(EntryKind.PINGONE_APPLICATION.id(), name);
        this.type = type;
        this.environmentId = environmentId;
        this.region = region.tld();
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public EntryKind knownKind() {
        return EntryKind.PINGONE_APPLICATION;
    }

    @Override
    public Secret secret() {
        return clientSecret;
    }

    /**
     * {@code https://auth.pingone.<tld>/<envId>/as/token} (or the overridden token URL), or null when the
     * region is unknown.
     */
    public String tokenUrl() {
        if (tokenUrlOverride != null) {
            return tokenUrlOverride;
        }
        return PingOneRegion.fromTld(region)
                .map(r -> r.tokenEndpoint(environmentId))
                .orElse(null);
    }

    /** {@code https://api.pingone.<tld>/v1/environments/<envId>} (below an overridden base), or null when unknown. */
    public String apiUrl() {
        String base = apiBase();
        return base == null ? null : base + "/environments/" + environmentId;
    }

    /** The platform API's base, {@code https://api.pingone.<tld>/v1} or the override; null when the region is unknown. */
    public String apiBase() {
        if (apiUrlOverride != null) {
            return apiUrlOverride;
        }
        return PingOneRegion.fromTld(region)
                .map(r -> "https://" + r.apiHost() + "/v1")
                .orElse(null);
    }

    public String getApiUrlOverride() {
        return apiUrlOverride;
    }

    public void setApiUrlOverride(String apiUrlOverride) {
        this.apiUrlOverride = apiUrlOverride;
    }

    public String getTokenUrlOverride() {
        return tokenUrlOverride;
    }

    public void setTokenUrlOverride(String tokenUrlOverride) {
        this.tokenUrlOverride = tokenUrlOverride;
    }

    public List<CertificatePin> getCertificatePins() {
        return certificatePins;
    }

    public void setCertificatePins(List<CertificatePin> pins) {
        this.certificatePins = pins == null ? new ArrayList<>() : new ArrayList<>(pins);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getEnvironmentId() {
        return environmentId;
    }

    public void setEnvironmentId(String environmentId) {
        this.environmentId = environmentId;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
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

    public String getTokenAuthMethod() {
        return tokenAuthMethod;
    }

    public void setTokenAuthMethod(String tokenAuthMethod) {
        this.tokenAuthMethod = tokenAuthMethod;
    }

    public String getGrantType() {
        return grantType;
    }

    public void setGrantType(String grantType) {
        this.grantType = grantType;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : new ArrayList<>(scopes);
    }

    public List<String> getRedirectUris() {
        return redirectUris;
    }

    public void setRedirectUris(List<String> redirectUris) {
        this.redirectUris = redirectUris == null ? new ArrayList<>() : new ArrayList<>(redirectUris);
    }
}
