package io.p1vault.model;

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
    private List<String> pinnedCertificates = new ArrayList<>();
    private String lastVersion;
    private Integer connectTimeoutSeconds;
    private Integer readTimeoutSeconds;

    PingFederateServerEntry() {
    }

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

    /** SHA-256 fingerprints (hex) of certificates the user chose to trust for this server. */
    public List<String> getPinnedCertificates() {
        return pinnedCertificates;
    }

    public void setPinnedCertificates(List<String> pinnedCertificates) {
        this.pinnedCertificates = pinnedCertificates == null ? new ArrayList<>() : new ArrayList<>(pinnedCertificates);
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
