package io.p1vault.vault;

import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;
import io.p1vault.model.Uuids;
import io.p1vault.vault.VaultEditor.ApplicationFields;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The checks of single fields a user enters (required text, a secret, an https URL, a region, a
 * timeout, an application's fields), each refusing a bad value with the field's name and why.
 */
final class FieldRules {
    private static final int MAX_TIMEOUT_SECONDS = 600;

    private FieldRules() {
    }

    static ApplicationFields validate(ApplicationFields f, List<String> warnings) throws InvalidEntryException {
        String checkedType = oneOf("type", f.type(), PingOneApplicationEntry.TYPES);
        String method = oneOf("auth-method", f.authMethod() == null ? "basic" : f.authMethod(),
                PingOneApplicationEntry.AUTH_METHODS);
        PingOneRegion r = region(f.region(), warnings);
        String environmentId = f.environmentId() == null ? null : f.environmentId().strip();
        if (!Uuids.isUuid(environmentId)) {
            throw new InvalidEntryException("environmentId", "The environment ID must be a UUID such as "
                    + "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90.");
        }
        return new ApplicationFields(checkedType, environmentId.toLowerCase(Locale.ROOT), r.tld(),
                required("clientId", f.clientId()), method);
    }


    static String clientTokenUrl(String tokenUrl) throws InvalidEntryException {
        return httpsUrl("tokenUrl", tokenUrl, "https://example.conductor.one/auth/v1/token");
    }


    static Integer timeout(String what, Integer seconds) throws InvalidEntryException {
        if (seconds != null && (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS)) {
            throw new InvalidEntryException(what, "The " + what + " must be between 1 and " + MAX_TIMEOUT_SECONDS
                    + " seconds.");
        }
        return seconds;
    }


    static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }


    private static PingOneRegion region(String region, List<String> warnings) throws InvalidEntryException {
        PingOneRegion r = PingOneRegion.fromTld(region).orElseThrow(() -> new InvalidEntryException("region",
                "Unknown PingOne region \"" + region + "\"; use one of " + Arrays.stream(PingOneRegion.values())
                        .map(PingOneRegion::tld).toList() + "."));
        if (r.deprecated()) {
            warnings.add("The region \"" + r.tld() + "\" is deprecated by Ping; use \"com.au\".");
        }
        return r;
    }

    private static String oneOf(String field, String value, List<String> allowed) throws InvalidEntryException {
        if (value == null || !allowed.contains(value)) {
            throw new InvalidEntryException(field, "The " + field + " must be one of " + allowed + ".");
        }
        return value;
    }

    static String required(String field, String value) throws InvalidEntryException {
        if (value == null || value.isBlank()) {
            throw new InvalidEntryException(field, "The " + field + " is required.");
        }
        return value.strip();
    }

    static Secret secret(char[] value) throws InvalidEntryException {
        boolean blank = true;
        for (int i = 0; value != null && i < value.length; i++) {
            blank &= Character.isWhitespace(value[i]);
        }
        if (blank) {
            throw new InvalidEntryException("secret", "The secret is empty.");
        }
        return Secret.of(value);
    }

    static String adminUrl(String url) throws InvalidEntryException {
        return httpsUrl("url", url, "https://pf.example.com:9999");
    }

    static String httpsUrl(String field, String url, String example) throws InvalidEntryException {
        String u = required(field, url);
        try {
            URI uri = new URI(u);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new InvalidEntryException(field, "url".equals(field)
                        ? "The admin URL must be https://host[:port], e.g. " + example + "."
                        : "The token URL must be an https URL, e.g. " + example + ".");
            }
            return u.replaceAll("/+$", "");
        } catch (URISyntaxException e) {
            throw new InvalidEntryException(field, "The " + ("url".equals(field) ? "admin URL" : "token URL")
                    + " is not a valid URL.");
        }
    }
}
