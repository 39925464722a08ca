package io.p1vault.model.rules;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.CertificatePin;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayClaims;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.RotationPlan;
import io.p1vault.model.RotationStep;
import io.p1vault.model.Secret;
import io.p1vault.model.UnknownEntry;
import io.p1vault.model.Uuids;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one set of rules an entry must keep, whichever way it comes in: typed by the user
 * ({@code add}, {@code edit}), read from an export (the import preview refuses an entry that breaks
 * one) or from the vault itself (the entry opens, marked). Each rule is a method that returns the
 * cleaned value or throws {@link InvalidEntryException} naming the field; {@link #check(Entry)}
 * applies them all to an entry as it stands.
 */
public final class EntryRules {
    public static final int MAX_NAME = 200;
    /** One-line fields: identifiers, URLs, user names, claims. */
    public static final int MAX_TEXT = 2_000;

    public static final int MAX_NOTES = 10_000;
    public static final int MAX_SECRET = 16_384;
    /** Scopes, redirect URIs, audiences, deployments, pinned certificates. */
    public static final int MAX_LIST = 200;

    public static final int MAX_TIMEOUT_SECONDS = 600;

    private EntryRules() {}

    /** Every rule {@code entry} breaks, in field order; empty when it keeps them all. */
    public static List<Violation> check(Entry entry) {
        if (entry instanceof UnknownEntry u && u.isUnreadable()) {
            // Its fields were not read, so no other rule can be checked.
            return List.of(new Violation(u.unreadableField(), u.unreadableReason()));
        }
        Checks c = new Checks();
        if (entry.getId() == null) {
            c.violations.add(new Violation("id", "The entry has no id."));
        }
        c.run(() -> name(entry.getName()));
        c.run(() -> notes(entry.getNotes()));
        if (entry instanceof GatewayCredentialEntry g) {
            c.run(() -> credential(g.getCredential()));
            if (g.getClaims() != null) {
                claims(c, g.getClaims());
            }
            c.run(() -> listSize("deployments", g.getDeployments()));
            for (int i = 0; i < Math.min(g.getDeployments().size(), MAX_LIST); i++) {
                deployment(c, "deployments[" + i + "].", g.getDeployments().get(i));
            }
            if (g.getRotation() != null) {
                rotation(c, g.getRotation());
            }
        } else if (entry instanceof PingOneApplicationEntry a) {
            c.run(() -> oneOf("type", a.getType(), PingOneApplicationEntry.TYPES));
            c.run(() -> environmentId("environmentId", a.getEnvironmentId()));
            c.run(() -> region(a.getRegion()));
            c.run(() -> required("clientId", a.getClientId()));
            c.run(() -> oneOf("tokenAuthMethod", a.getTokenAuthMethod(), PingOneApplicationEntry.AUTH_METHODS));
            c.run(() -> optional("grantType", a.getGrantType()));
            lines(c, "scopes", a.getScopes());
            lines(c, "redirectUris", a.getRedirectUris());
            c.run(() -> optionalHttpsUrl("apiUrlOverride", a.getApiUrlOverride(), "https://api.pingone.eu/v1"));
            c.run(() -> optionalHttpsUrl(
                    "tokenUrlOverride", a.getTokenUrlOverride(), "https://auth.pingone.eu/ENV_ID/as/token"));
            pins(c, a.getCertificatePins());
            c.run(() -> secret("clientSecret", a.getClientSecret()));
        } else if (entry instanceof PingFederateServerEntry s) {
            server(c, s);
        } else if (entry instanceof AgeIdentityEntry i) {
            c.run(() -> required("recipient", i.getRecipient()));
            c.run(() -> secret("secretKey", i.getSecretKey()));
        } else if (entry instanceof ClientCredentialsEntry cc) {
            c.run(() -> required("clientId", cc.getClientId()));
            c.run(() -> httpsUrl("tokenUrl", cc.getTokenUrl(), "https://example.conductor.one/auth/v1/token"));
            c.run(() -> secret("clientSecret", cc.getClientSecret()));
        }
        return List.copyOf(c.violations);
    }

    private static void server(Checks c, PingFederateServerEntry s) {
        c.run(() -> adminUrl(s.getAdminUrl()));
        c.run(() -> oneOf("authType", s.getAuthType(), PingFederateServerEntry.AUTH_TYPES));
        if ("oauth2".equals(s.getAuthType())) {
            c.run(() -> required("clientId", s.getClientId()));
            c.run(() -> httpsUrl("tokenUrl", s.getTokenUrl(), "https://pf.example.com:9031/as/token.oauth2"));
        } else {
            c.run(() -> required("username", s.getUsername()));
        }
        pins(c, s.getCertificatePins());
        c.run(() -> optional("lastVersion", s.getLastVersion()));
        c.run(() -> timeout("connectTimeoutSeconds", s.getConnectTimeoutSeconds()));
        c.run(() -> timeout("readTimeoutSeconds", s.getReadTimeoutSeconds()));
        c.run(() -> secret("secret", s.getSecret()));
    }

    private static void claims(Checks c, GatewayClaims claims) {
        c.run(() -> {
            if (claims.environmentId != null) {
                environmentId("claims.environmentId", claims.environmentId);
            }
        });
        for (String[] field : new String[][] {
            {"environmentName", claims.environmentName},
            {"organizationId", claims.organizationId},
            {"gatewayId", claims.gatewayId},
            {"gatewayName", claims.gatewayName},
            {"gatewayType", claims.gatewayType},
            {"jti", claims.jti}
        }) {
            c.run(() -> optional("claims." + field[0], field[1]));
        }
        c.run(() -> {
            if (claims.region != null) {
                region("claims.region", claims.region);
            }
        });
        lines(c, "claims.aud", claims.aud);
    }

    private static void deployment(Checks c, String prefix, Deployment d) {
        if (d == null) {
            c.violations.add(new Violation(prefix.substring(0, prefix.length() - 1), "The deployment is empty."));
            return;
        }
        for (String[] field : new String[][] {
            {"serverName", d.serverName},
            {"connectionId", d.connectionId},
            {"connectionName", d.connectionName},
            {"credentialId", d.credentialId},
            {"state", d.state}
        }) {
            c.run(() -> optional(prefix + field[0], field[1]));
        }
    }

    private static void rotation(Checks c, RotationPlan plan) {
        for (String[] field : new String[][] {
            {"applicationName", plan.applicationName}, {"gatewayId", plan.gatewayId},
            {"oldCredentialId", plan.oldCredentialId}, {"newCredentialId", plan.newCredentialId}
        }) {
            c.run(() -> optional("rotation." + field[0], field[1]));
        }
        List<RotationStep> steps = plan.steps == null ? List.of() : plan.steps;
        c.run(() -> listSize("rotation.steps", steps));
        for (int i = 0; i < Math.min(steps.size(), MAX_LIST); i++) {
            RotationStep s = steps.get(i);
            String prefix = "rotation.steps[" + i + "].";
            if (s == null) {
                c.violations.add(new Violation(prefix + "action", "The step is empty."));
                continue;
            }
            c.run(() -> oneOf(prefix + "action", s.action, RotationStep.ACTIONS));
            c.run(() -> oneOf(prefix + "state", s.state, RotationStep.STATES));
            for (String[] field : new String[][] {
                {"serverName", s.serverName}, {"connectionId", s.connectionId},
                {"connectionName", s.connectionName}, {"message", s.message}
            }) {
                c.run(() -> optional(prefix + field[0], field[1]));
            }
        }
    }

    private static void lines(Checks c, String field, List<String> values) {
        if (values == null) {
            return;
        }
        c.run(() -> listSize(field, values));
        for (int i = 0; i < Math.min(values.size(), MAX_LIST); i++) {
            String value = values.get(i);
            String indexed = field + "[" + i + "]";
            c.run(() -> required(indexed, value));
        }
    }

    private static void pins(Checks c, List<CertificatePin> pins) {
        if (pins == null) {
            return;
        }
        c.run(() -> listSize("certificatePins", pins));
        for (int i = 0; i < Math.min(pins.size(), MAX_LIST); i++) {
            CertificatePin pin = pins.get(i);
            String indexed = "certificatePins[" + i + "]";
            c.run(() -> required(indexed + ".endpoint", pin == null ? null : pin.endpoint));
            c.run(() -> required(indexed, pin == null ? null : pin.value()));
        }
    }

    private static void listSize(String field, List<?> values) throws InvalidEntryException {
        if (values.size() > MAX_LIST) {
            throw new InvalidEntryException(
                    field, "At most " + MAX_LIST + " " + field + " are allowed; there are " + values.size() + ".");
        }
    }

    /** A valid entry name: required, one line of at most {@value #MAX_NAME} characters; returned stripped. */
    public static String name(String name) throws InvalidEntryException {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new InvalidEntryException("name", "A name is required.");
        }
        if (n.length() > MAX_NAME || VisibleText.firstInvisible(n) >= 0) {
            throw new InvalidEntryException(
                    "name",
                    "A name must be one line of at most " + MAX_NAME + " characters, without control characters.");
        }
        return n;
    }

    /** Notes: optional, several lines of at most {@value #MAX_NOTES} characters; null when blank. */
    public static String notes(String notes) throws InvalidEntryException {
        if (notes == null || notes.isBlank()) {
            return null;
        }
        String n = notes.strip();
        if (n.length() > MAX_NOTES) {
            throw new InvalidEntryException("notes", "Notes must be at most " + MAX_NOTES + " characters.");
        }
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (ch != '\n' && ch != '\r' && ch != '\t' && VisibleText.isInvisible(ch)) {
                throw new InvalidEntryException(
                        "notes", "Notes cannot hold control characters (only line breaks and tabs).");
            }
        }
        return n;
    }

    /** A required one-line value of at most {@value #MAX_TEXT} characters; returned stripped. */
    public static String required(String field, String value) throws InvalidEntryException {
        if (value == null || value.isBlank()) {
            throw new InvalidEntryException(field, "The " + field + " is required.");
        }
        return line(field, value.strip());
    }

    /** As {@link #required} for a value that may be absent (null). */
    public static String optional(String field, String value) throws InvalidEntryException {
        return value == null ? null : line(field, value);
    }

    private static String line(String field, String value) throws InvalidEntryException {
        if (value.length() > MAX_TEXT || VisibleText.firstInvisible(value) >= 0) {
            throw new InvalidEntryException(
                    field,
                    "The " + field + " must be one line of at most " + MAX_TEXT
                            + " characters, without control characters.");
        }
        return value;
    }

    /** One of {@code allowed}, exactly. */
    public static String oneOf(String field, String value, List<String> allowed) throws InvalidEntryException {
        if (value == null || !allowed.contains(value)) {
            throw new InvalidEntryException(field, "The " + field + " must be one of " + allowed + ".");
        }
        return value;
    }

    /** A PingOne environment ID: a UUID, returned in lower case. */
    public static String environmentId(String field, String value) throws InvalidEntryException {
        String id = value == null ? null : value.strip();
        if (!Uuids.isUuid(id)) {
            throw new InvalidEntryException(
                    field, "The environment ID must be a UUID such as " + "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90.");
        }
        return id.toLowerCase(java.util.Locale.ROOT);
    }

    /** A PingOne region by its top-level domain. */
    public static PingOneRegion region(String region) throws InvalidEntryException {
        return region("region", region);
    }

    private static PingOneRegion region(String field, String region) throws InvalidEntryException {
        return PingOneRegion.fromTld(region)
                .orElseThrow(() -> new InvalidEntryException(
                        field,
                        "Unknown PingOne region \"" + VisibleText.shortened(region, 20) + "\"; use one of "
                                + Arrays.stream(PingOneRegion.values())
                                        .map(PingOneRegion::tld)
                                        .toList() + "."));
    }

    /** A PingFederate admin URL: https (the admin password is sent there) with a host. */
    public static String adminUrl(String url) throws InvalidEntryException {
        return httpsUrl("url", url, "https://pf.example.com:9999");
    }

    /**
     * An https URL with a host, without trailing slashes: a URL that a secret is sent to must
     * never be plain http.
     */
    public static String httpsUrl(String field, String url, String example) throws InvalidEntryException {
        String u = required(field, url);
        String what = "url".equals(field) ? "admin URL" : field.startsWith("api") ? "API URL" : "token URL";
        try {
            URI uri = new URI(u);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidEntryException(
                        field,
                        "url".equals(field)
                                ? "The admin URL must be https://host[:port], e.g. " + example + "."
                                : "The " + what + " must be an https URL, e.g. " + example + ".");
            }
            return u.replaceAll("/+$", "");
        } catch (URISyntaxException e) {
            throw new InvalidEntryException(field, "The " + what + " is not a valid URL.");
        }
    }

    /** As {@link #httpsUrl} for a URL that may be absent: null or blank is null. */
    public static String optionalHttpsUrl(String field, String url, String example) throws InvalidEntryException {
        return url == null || url.isBlank() ? null : httpsUrl(field, url, example);
    }

    /** A connect or read timeout: null (the default) or 1 to {@value #MAX_TIMEOUT_SECONDS} seconds. */
    public static Integer timeout(String field, Integer seconds) throws InvalidEntryException {
        if (seconds != null && (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS)) {
            throw new InvalidEntryException(
                    field, "The " + field + " must be between 1 and " + MAX_TIMEOUT_SECONDS + " seconds.");
        }
        return seconds;
    }

    /** A secret as typed: not blank, at most {@value #MAX_SECRET} characters; copied. */
    public static Secret secret(char[] value) throws InvalidEntryException {
        boolean blank = true;
        for (int i = 0; value != null && i < value.length; i++) {
            blank &= Character.isWhitespace(value[i]);
        }
        if (blank) {
            throw new InvalidEntryException("secret", "The secret is empty.");
        }
        if (value.length > MAX_SECRET) {
            throw new InvalidEntryException("secret", "The secret is longer than " + MAX_SECRET + " characters.");
        }
        return Secret.of(value);
    }

    private static void secret(String field, Secret secret) throws InvalidEntryException {
        if (secret == null || secret.isEmpty()) {
            throw new InvalidEntryException(field, "The secret is empty.");
        }
        if (secret.length() > MAX_SECRET) {
            throw new InvalidEntryException(field, "The secret is longer than " + MAX_SECRET + " characters.");
        }
    }

    /** A stored gateway credential keeps the form of a JWT: no character a JWT cannot have. */
    private static void credential(Secret credential) throws InvalidEntryException {
        secret("credential", credential);
        char[] value = credential.reveal();
        try {
            for (char ch : value) {
                if (!(ch == '.' || ch == '-' || ch == '_' || ch < 128 && Character.isLetterOrDigit(ch))) {
                    throw new InvalidEntryException(
                            "credential", "The credential contains characters a JWT cannot have.");
                }
            }
        } finally {
            Arrays.fill(value, '\0');
        }
    }

    /** Runs rules, collecting what they refuse instead of stopping at the first. */
    private static final class Checks {
        final List<Violation> violations = new ArrayList<>();

        void run(Rule rule) {
            try {
                rule.apply();
            } catch (InvalidEntryException e) {
                violations.add(new Violation(e.field(), e.getMessage()));
            }
        }
    }

    @FunctionalInterface
    private interface Rule {
        void apply() throws InvalidEntryException;
    }
}
