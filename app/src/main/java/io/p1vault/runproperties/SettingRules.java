package io.p1vault.runproperties;

import io.p1vault.model.PingOneRegion;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The value checks behind {@link KnownSetting}, written from the comments in PingFederate's run.properties. */
final class SettingRules {
    /**
     * The regions run.properties documents for {@code pf.pingone.admin.url.region}: com, eu, ca,
     * com.au, and asia (deprecated). Singapore ({@code sg}) is a PingOne region but not listed
     * there, so p1vault does not write it.
     */
    static final Set<PingOneRegion> RUN_PROPERTIES_REGIONS = EnumSet.of(
            PingOneRegion.NORTH_AMERICA,
            PingOneRegion.EUROPE,
            PingOneRegion.CANADA,
            PingOneRegion.AUSTRALIA,
            PingOneRegion.ASIA);

    private static final List<String> API_BASIC_METHODS = List.of("native", "LDAP", "RADIUS");
    private static final List<String> API_METHODS = List.of("none", "native", "LDAP", "cert", "RADIUS", "OAuth2");

    private SettingRules() {}

    /** A check whose documented values a front end can offer as a list (the check still decides). */
    record Choice(List<String> values, Function<String, Verdict> check) implements Function<String, Verdict> {
        @Override
        public Verdict apply(String value) {
            return check.apply(value);
        }
    }

    static Function<String, Verdict> region() {
        List<String> documented =
                RUN_PROPERTIES_REGIONS.stream().map(PingOneRegion::tld).toList();
        return new Choice(documented, value -> {
            if (value.isEmpty()) {
                return Verdict.ok("not set");
            }
            Optional<PingOneRegion> region = PingOneRegion.fromTld(value);
            if (region.isEmpty() || !region.get().tld().equals(value)) {
                return Verdict.error("\"" + value + "\" is not a PingOne region; valid values are " + regionList()
                        + region.map(r -> " (lower case: " + r.tld() + ")").orElse(""));
            }
            PingOneRegion r = region.get();
            if (!RUN_PROPERTIES_REGIONS.contains(r)) {
                return Verdict.error(r.tld() + " (" + r.displayName() + ") is a PingOne region, but run.properties "
                        + "documents only " + regionList() + " for this key");
            }
            if (r.deprecated()) {
                return Verdict.warning("asia is deprecated: \"Please use com.au instead\"");
            }
            return Verdict.ok(r.displayName());
        });
    }

    static String regionList() {
        return "com (North America), eu (Europe), ca (Canada), com.au (Australia), and asia (deprecated)";
    }

    static Function<String, Verdict> uuid() {
        return value -> {
            if (value.isEmpty()) {
                return Verdict.ok("not set");
            }
            return isUuid(value)
                    ? Verdict.ok()
                    : Verdict.error("\"" + value + "\" is not an environment ID (a UUID such as "
                            + "9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c11)");
        };
    }

    /** The canonical 8-4-4-4-12 hex form, which {@code UUID.fromString} alone does not insist on. */
    static boolean isUuid(String value) {
        return io.p1vault.model.Uuids.isUuid(value);
    }

    /** A TCP port; with {@code negativeDisables}, any value below zero turns the listener off. */
    static Function<String, Verdict> port(boolean negativeDisables) {
        return value -> {
            int port;
            try {
                port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                return Verdict.error("\"" + value + "\" is not a port number (1-65535"
                        + (negativeDisables ? ", or -1 to turn the listener off)" : ")"));
            }
            if (port < 0 && negativeDisables) {
                return Verdict.ok("turned off");
            }
            if (port < 1 || port > 65535) {
                return Verdict.error(port + " is not a port number: ports are 1-65535"
                        + (negativeDisables ? " (or -1 to turn the listener off)" : ""));
            }
            return Verdict.ok();
        };
    }

    static Function<String, Verdict> wholeNumber(int min, int max, String unit) {
        return value -> {
            try {
                int n = Integer.parseInt(value);
                if (n >= min && n <= max) {
                    return Verdict.ok();
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            return Verdict.error(
                    "\"" + value + "\" is not allowed: use a whole number of " + unit + " from " + min + " to " + max);
        };
    }

    /**
     * One of {@code values}, spelled exactly as documented (PingFederate does not document
     * these as case-insensitive); {@code emptyMeans} describes an empty value, or null if an
     * empty value is an error.
     */
    static Function<String, Verdict> oneOf(List<String> values, String emptyMeans) {
        return new Choice(values, value -> {
            if (value.isEmpty()) {
                return emptyMeans != null
                        ? Verdict.ok(emptyMeans)
                        : Verdict.error("a value is required: one of " + String.join(", ", values));
            }
            if (values.contains(value)) {
                return Verdict.ok();
            }
            Optional<String> differentCase =
                    values.stream().filter(v -> v.equalsIgnoreCase(value)).findFirst();
            return Verdict.error("\"" + value + "\" is not allowed: use one of " + String.join(", ", values)
                    + differentCase.map(v -> " (spelled exactly: " + v + ")").orElse(""));
        });
    }

    /**
     * {@code pf.admin.api.authentication}: one method, or OAuth2 together with one basic method
     * (native, LDAP, RADIUS), comma-separated, case-insensitive, in any order; none and cert
     * stand alone. PingFederate fails on startup otherwise.
     */
    static Function<String, Verdict> adminApiAuthentication() {
        List<String> documented = new ArrayList<>(API_METHODS);
        API_BASIC_METHODS.forEach(basic -> documented.add("OAuth2," + basic));
        return new Choice(List.copyOf(documented), value -> {
            if (value.isEmpty()) {
                return Verdict.ok("default: native");
            }
            List<String> methods = new ArrayList<>();
            for (String part : value.split(",", -1)) {
                String trimmed = part.trim();
                Optional<String> method = API_METHODS.stream()
                        .filter(m -> m.equalsIgnoreCase(trimmed))
                        .findFirst();
                if (method.isEmpty()) {
                    return Verdict.error("\"" + trimmed + "\" is not an authentication method: use "
                            + String.join(", ", API_METHODS) + ", or OAuth2 with one of native, LDAP, RADIUS");
                }
                methods.add(method.get());
            }
            if (methods.size() == 1) {
                return Verdict.ok();
            }
            boolean oauthPlusBasic = methods.size() == 2
                    && methods.contains("OAuth2")
                    && methods.stream().anyMatch(API_BASIC_METHODS::contains);
            if (!oauthPlusBasic) {
                return Verdict.error("\"" + value + "\" is not allowed: combine at most two methods, OAuth2 with one "
                        + "of native, LDAP, RADIUS (none and cert cannot be combined)");
            }
            return Verdict.ok();
        });
    }

    /** A value with a server-profile placeholder such as {@code ${PF_ADMIN_PORT}}. */
    static boolean isPlaceholder(String value) {
        int start = value.indexOf("${");
        return start >= 0 && value.indexOf('}', start) > start;
    }
}
