package io.p1vault.vault.team;

import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.TeamMember;
import io.p1vault.model.VaultDocument;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What to rotate after a member leaves: every secret they could read (git keeps every version
 * they could open, so only rotation ends their access), oldest first, with where each gateway
 * credential is deployed and the command that replaces it. Names and places only, never a value.
 */
public record RotationPlan(String removedMember, List<Step> steps) {

    /** One secret to replace: the entry, when it was created, where it is deployed, and how to replace it. */
    public record Step(
            java.util.UUID entryId,
            EntryKind kind,
            String name,
            Instant createdAt,
            List<String> deployedTo,
            String command) {}

    static RotationPlan of(VaultDocument document, TeamMember removed) {
        List<Step> steps = document.entries.stream()
                // An entry of a kind this version does not know may hold a secret too: it is listed.
                .filter(e -> e.knownKind() == null
                        || e.secret() != null && !e.secret().isEmpty())
                .sorted(Comparator.comparing(Entry::getCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Entry::getName))
                .map(e -> step(e, document))
                .toList();
        return new RotationPlan(removed.name, steps);
    }

    private static Step step(Entry e, VaultDocument document) {
        List<String> deployed = e instanceof GatewayCredentialEntry g
                ? g.getDeployments().stream().map(RotationPlan::where).toList()
                : List.of();
        return new Step(e.getId(), e.knownKind(), e.getName(), e.getCreatedAt(), deployed, command(e, document));
    }

    private static String where(Deployment d) {
        return "server " + d.serverName + ", connection "
                + (d.connectionName == null ? d.connectionId : d.connectionName + " (" + d.connectionId + ")");
    }

    /** The command line that replaces the secret; what must happen outside p1vault first is said before it. */
    static String command(Entry e, VaultDocument document) {
        String name = Shell.quote(e.getName());
        if (e.knownKind() == null) {
            return "an entry of a kind this p1vault does not know (" + e.getKind()
                    + "): replace its secret with the p1vault version that wrote it";
        }
        return switch (e.knownKind()) {
            case GATEWAY_CREDENTIAL ->
                "p1vault rotate --credential " + name + " --app " + worker((GatewayCredentialEntry) e, document);
            case PINGONE_APPLICATION ->
                "generate a new client secret in PingOne, then: p1vault edit --kind " + e.getKind() + " " + name
                        + " --secret-file FILE";
            case PINGFEDERATE_SERVER ->
                "change the admin password (or OAuth client secret) on the server, then:" + " p1vault edit --kind "
                        + e.getKind() + " " + name + " --secret-file FILE";
            case CLIENT_CREDENTIALS ->
                "issue a new client secret in that system, then: p1vault edit --kind " + e.getKind() + " " + name
                        + " --secret-file FILE";
            case AGE_IDENTITY -> "p1vault keygen --name NEW, give senders its recipient, then remove " + name;
        };
    }

    /** The worker application of the credential's environment that can rotate it, or WORKER when the vault has none. */
    private static String worker(GatewayCredentialEntry credential, VaultDocument document) {
        String environment = credential.getClaims() == null ? null : credential.getClaims().environmentId;
        return document.entries.stream()
                .filter(PingOneApplicationEntry.class::isInstance)
                .map(PingOneApplicationEntry.class::cast)
                .filter(app -> "worker".equals(app.getType())
                        && environment != null
                        && environment.equals(app.getEnvironmentId()))
                .map(app -> Shell.quote(app.getName()))
                .findFirst()
                .orElse("WORKER");
    }
}
