package io.p1vault.vault;

import io.p1vault.model.rules.EntryRules;

/** Names of the entries a rotation makes: "NAME (new 1a2b3c4d)" while it runs, "NAME (revoked …)" after. */
public final class RotationNames {
    private RotationNames() {}

    /** {@code name} with a mark and the credential id's first 8 characters, within the name length limit. */
    public static String aside(String name, String mark, String credentialId) {
        String suffix = " (" + mark + " " + credentialId.substring(0, Math.min(8, credentialId.length())) + ")";
        int room = EntryRules.MAX_NAME - suffix.length();
        return (name.length() > room ? name.substring(0, room) : name) + suffix;
    }
}
