package io.p1vault.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** PingOne regions by top-level domain. The region cannot be derived from an environment ID. */
public enum PingOneRegion {
    NORTH_AMERICA("com", "North America", false),
    EUROPE("eu", "Europe", false),
    CANADA("ca", "Canada", false),
    AUSTRALIA("com.au", "Asia-Pacific (Australia)", false),
    SINGAPORE("sg", "Asia-Pacific (Singapore)", false),
    ASIA("asia", "Asia-Pacific (deprecated: use com.au)", true);

    private final String tld;
    private final String displayName;
    private final boolean deprecated;

    PingOneRegion(String tld, String displayName, boolean deprecated) {
        this.tld = tld;
        this.displayName = displayName;
        this.deprecated = deprecated;
    }

    public String tld() {
        return tld;
    }

    public String displayName() {
        return displayName;
    }

    public boolean deprecated() {
        return deprecated;
    }

    public String authHost() {
        return "auth.pingone." + tld;
    }

    public String apiHost() {
        return "api.pingone." + tld;
    }

    public String tokenEndpoint(String environmentId) {
        return "https://" + authHost() + "/" + environmentId + "/as/token";
    }

    public static Optional<PingOneRegion> fromTld(String tld) {
        String wanted = tld == null ? "" : tld.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.tld.equals(wanted)).findFirst();
    }

    /** The region of a PingOne host such as {@code auth.pingone.com.au}, if it is one. */
    public static Optional<PingOneRegion> fromHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        int at = h.indexOf("pingone.");
        return at < 0 ? Optional.empty() : fromTld(h.substring(at + "pingone.".length()));
    }
}
