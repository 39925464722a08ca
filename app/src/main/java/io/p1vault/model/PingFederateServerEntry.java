package io.p1vault.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;

/** A PingFederate server's admin API and how to authenticate to it. */
public final class PingFederateServerEntry extends Entry {
    /** {@code basic} (native admin account) or {@code oauth2} (client credentials). */
    public static final List<String> AUTH_TYPES = List.of("basic", "oauth2");

    private String adminUrl;
    private String authType = "basic";
    private String username;
    private String clientId;
    private String tokenUrl;
    private Secret secret;
    private List<CertificatePin> certificatePins = new ArrayList<>();
    /** Pins in the format before per-host pins, until the admin URL says which host they belong to. */
    private List<String> legacyPins = new ArrayList<>();

    private String lastVersion;
    private Integer connectTimeoutSeconds;
    private Integer readTimeoutSeconds;

    PingFederateServerEntry() {}

    public PingFederateServerEntry(String name, String adminUrl, String username, Secret password) {
        super(EntryKind.PINGFEDERATE_SERVER.id(), name);
        this.adminUrl = adminUrl;
        this.username = username;
        this.secret = password;
    }

    @Override
    public EntryKind knownKind() {
        return EntryKind.PINGFEDERATE_SERVER;
    }

    @Override
    public Secret secret() {
        return secret;
    }

    public String getAdminUrl() {
        return adminUrl;
    }

    public void setAdminUrl(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    public String getAuthType() {
        return authType;
    }

    public void setAuthType(String authType) {
        this.authType = authType;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /** The admin password (basic) or the OAuth client secret (oauth2). */
    public Secret getSecret() {
        return secret;
    }

    public void setSecret(Secret secret) {
        this.secret = secret;
    }

    /**
     * The certificates the user chose to trust, per host and port. Pins of the earlier format
     * (certificate fingerprints without a host) become pins for the admin URL's host and port here.
     */
    public List<CertificatePin> getCertificatePins() {
        migrateLegacyPins();
        return certificatePins;
    }

    public void setCertificatePins(List<CertificatePin> pins) {
        this.certificatePins = pins == null ? new ArrayList<>() : new ArrayList<>(pins);
    }

    /** The earlier format, read so it can migrate; written back only while it cannot (no admin URL yet). */
    @JsonProperty("pinnedCertificates")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<String> getLegacyPins() {
        migrateLegacyPins();
        return legacyPins;
    }

    @JsonProperty("pinnedCertificates")
    void setLegacyPins(List<String> pins) {
        this.legacyPins = pins == null ? new ArrayList<>() : new ArrayList<>(pins);
    }

    private void migrateLegacyPins() {
        String endpoint = adminUrl == null ? null : CertificatePin.endpointOf(adminUrl);
        if (legacyPins.isEmpty() || endpoint == null) {
            return;
        }
        for (String sha256 : legacyPins) {
            CertificatePin pin = CertificatePin.ofLegacyCertificate(endpoint, sha256);
            if (!certificatePins.contains(pin)) {
                certificatePins.add(pin);
            }
        }
        legacyPins = new ArrayList<>();
    }

    public String getLastVersion() {
        return lastVersion;
    }

    public void setLastVersion(String lastVersion) {
        this.lastVersion = lastVersion;
    }

    /** Seconds to wait for a connection; null for the program's default. */
    public Integer getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    public void setConnectTimeoutSeconds(Integer connectTimeoutSeconds) {
        this.connectTimeoutSeconds = connectTimeoutSeconds;
    }

    /** Seconds to wait for each answer; null for the program's default. */
    public Integer getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    public void setReadTimeoutSeconds(Integer readTimeoutSeconds) {
        this.readTimeoutSeconds = readTimeoutSeconds;
    }
}
