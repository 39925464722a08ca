package io.p1vault.vault;

import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.vault.VaultEditor.ApplicationFields;

import java.util.List;

/**
 * What the editor adds to the shared {@link EntryRules} for the fields a user enters: an
 * application's fields checked together (with a warning for a deprecated region), the example
 * URLs the messages show, and the article of a kind's name.
 */
final class FieldRules {
    private FieldRules() {}

    static ApplicationFields validate(ApplicationFields f, List<String> warnings) throws InvalidEntryException {
        String checkedType = EntryRules.oneOf("type", f.type(), PingOneApplicationEntry.TYPES);
        String method = EntryRules.oneOf(
                "auth-method", f.authMethod() == null ? "basic" : f.authMethod(), PingOneApplicationEntry.AUTH_METHODS);
        PingOneRegion r = EntryRules.region(f.region());
        if (r.deprecated()) {
            warnings.add("The region \"" + r.tld() + "\" is deprecated by Ping; use \"com.au\".");
        }
        String environmentId = EntryRules.environmentId("environmentId", f.environmentId());
        return new ApplicationFields(
                checkedType, environmentId, r.tld(), EntryRules.required("clientId", f.clientId()), method);
    }

    static String clientTokenUrl(String tokenUrl) throws InvalidEntryException {
        return EntryRules.httpsUrl("tokenUrl", tokenUrl, "https://example.conductor.one/auth/v1/token");
    }

    static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }
}
