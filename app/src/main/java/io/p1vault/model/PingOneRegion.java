package io.p1vault.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The PingOne regions, named by the top-level domain of their hosts. The region cannot be
 * derived from an environment ID, so it is stored next to it.
 */
public enum PingOneRegion {
    NORTH_AMERICA("com", "North America", false),
    EUROPE("eu", "Europe", false),
    CANADA("ca", "Canada", false),
    AUSTRALIA("com.au", "Australia", false),
    SINGAPORE("sg", "Singapore", false),
    /** Deprecated by Ping in favour of {@link #AUSTRALIA}. */
    ASIA("asia", "Asia", true);

    private final String tld;
    private final String displayName;
    private final boolean deprecated;

    PingOneRegion(String tld, String displayName, boolean deprecated) {
        this.tld = tld;
        this.displayName = displayName;
        this.deprecated = deprecated;
    }

    /** {@code com}, {@code eu}, {@code com.au}, … */
    public String tld() {
        return tld;
    }

    public String displayName() {
        return displayName;
    }

    public boolean deprecated() {
        return deprecated;
    }

    /** {@code auth.pingone.<tld>} */
    public String authHost() {
        return "auth.pingone." + tld;
    }

    /** {@code api.pingone.<tld>} */
    public String apiHost() {
        return "api.pingone." + tld;
    }

    /** The OAuth token endpoint of an environment in this region. */
    public String tokenEndpoint(String environmentId) {
        return "https://" + authHost() + "/" + environmentId + "/as/token";
    }

    /** The region whose top-level domain is exactly {@code tld} (case-insensitive). */
    public static Optional<PingOneRegion> fromTld(String tld) {
        if (tld == null) {
            return Optional.empty();
        }
        String wanted = tld.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.tld.equals(wanted)).findFirst();
    }

    /**
     * The region of a PingOne host name such as {@code auth.pingone.com.au} or
     * {@code api.pingone.eu}: the host must be {@code pingone.<tld>} or end with
     * {@code .pingone.<tld>}. The longest domain wins, so {@code .com.au} is not taken for
     * {@code .com}.
     */
    public static Optional<PingOneRegion> fromHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1); // fully qualified form
        }
        String name = h;
        return Arrays.stream(values())
                .filter(r -> name.equals("pingone." + r.tld) || name.endsWith(".pingone." + r.tld))
                .max(Comparator.comparingInt(r -> r.tld.length()));
    }

    @Override
    public String toString() {
        return tld;
    }
}
