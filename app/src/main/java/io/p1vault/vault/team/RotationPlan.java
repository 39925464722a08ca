package io.p1vault.vault.team;

import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.HistoryRecord;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.TeamMember;
import io.p1vault.model.VaultDocument;
import io.p1vault.vault.SecretHistory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What to rotate after a member leaves: every secret they could read (git keeps every version
 * they could open, so only rotation ends their access), oldest first, with where each gateway
 * credential is deployed and the command that replaces it. Names and places only, never a value.
 */
public record RotationPlan(String removedMember, List<Step> steps) {

    /** One secret to replace: the entry, when it was created, where it is deployed, and how to replace it. */
    public record Step(
            UUID entryId, EntryKind kind, String name, Instant createdAt, List<String> deployedTo, String command) {}

    static RotationPlan of(VaultDocument document, TeamMember removed) {
        return plan(document, document.entries.stream().filter(RotationPlan::holdsSecret), removed.name);
    }

    /**
     * The plan still outstanding, read from the team vault alone, so it survives a lock and a
     * restart: a secret is still to rotate when a member was removed after it was last set, that is
     * after its entry was created and after its secret was last replaced ({@link SecretHistory}).
     * Not the entry's modification time: a rename or a note changes that too, and must not hide a
     * secret the removed member still holds. Empty when the history records no removal; the names
     * are those of the removals that left something to rotate (the latest when nothing is left).
     */
    public static Optional<RotationPlan> outstanding(VaultDocument document) {
        List<HistoryRecord> removals = document.history.stream()
                .filter(r -> TeamVault.MEMBER_REMOVE.equals(r.action) && r.at != null && r.detail != null)
                .toList();
        if (removals.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Instant> replaced = new HashMap<>();
        for (HistoryRecord r : document.history) {
            if (r.at != null && SecretHistory.replacesSecret(r)) {
                replaced.merge(r.entryId, r.at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<Entry, Instant> lastSet = new IdentityHashMap<>();
        for (Entry e : document.entries) {
            if (holdsSecret(e)) {
                Instant created = e.getCreatedAt();
                Instant replacedAt = replaced.get(e.getId());
                lastSet.put(
                        e, created == null || replacedAt != null && replacedAt.isAfter(created) ? replacedAt : created);
            }
        }
        Predicate<HistoryRecord> leftSomething = r -> lastSet.values().stream().anyMatch(set -> exposed(set, r));
        List<String> names = removals.stream()
                .filter(leftSomething)
                .map(RotationPlan::removedName)
                .distinct()
                .toList();
        String removed = names.isEmpty() ? removedName(removals.get(removals.size() - 1)) : String.join(", ", names);
        return Optional.of(plan(
                document,
                document.entries.stream()
                        .filter(e ->
                                lastSet.containsKey(e) && removals.stream().anyMatch(r -> exposed(lastSet.get(e), r))),
                removed));
    }

    /** A secret set at {@code set} (null: unknown, so as old as any) was readable by the member {@code removal} removed. */
    private static boolean exposed(Instant set, HistoryRecord removal) {
        return set == null || removal.at.isAfter(set);
    }

    private static String removedName(HistoryRecord removal) {
        int by = removal.detail.lastIndexOf(TeamVault.REMOVED_BY);
        return by < 0 ? removal.detail : removal.detail.substring(0, by);
    }

    // An entry of a kind this version does not know may hold a secret too: it is listed.
    private static boolean holdsSecret(Entry e) {
        return e.knownKind() == null || e.secret() != null && !e.secret().isEmpty();
    }

    private static RotationPlan plan(VaultDocument document, Stream<Entry> entries, String removedMember) {
        List<Step> steps = entries.sorted(
                        Comparator.comparing(Entry::getCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                                .thenComparing(Entry::getName))
                .map(e -> step(e, document))
                .toList();
        return new RotationPlan(removedMember, steps);
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
