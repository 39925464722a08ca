package io.p1vault.vault;

import io.p1vault.model.TeamMember;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.VisibleText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The member set of a team vault this user last accepted, kept in their personal vault. A save
 * re-encrypts the team vault to the members listed inside it, so a recipient someone else added
 * would silently receive this user's secrets: saves are refused while the members differ from the
 * accepted ones, until the user accepts the new set. Reading is never refused.
 */
public final class TrustedMembers {
    private TrustedMembers() {}

    /** A member as accepted: name and public recipient. */
    public record Member(String name, String recipient) {
        /** The name made safe to show (it comes from the team file), and the recipient to compare with theirs. */
        public String describe() {
            return VisibleText.shortened(name, EntryRules.MAX_NAME) + " (" + VisibleText.shortened(recipient, 100)
                    + ")";
        }
    }

    /**
     * How the team's members differ from the accepted ones.
     *
     * @param neverAccepted no set was accepted for this team yet (all its members are then {@code added})
     */
    public record Difference(List<Member> added, List<Member> removed, boolean neverAccepted) {
        public boolean none() {
            return added.isEmpty() && removed.isEmpty();
        }

        /** One line for a person, names and recipients only. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (!added.isEmpty()) {
                parts.add((neverAccepted ? "members " : "added ") + list(added));
            }
            if (!removed.isEmpty()) {
                parts.add("removed " + list(removed));
            }
            return String.join("; ", parts);
        }

        private static String list(List<Member> members) {
            return members.stream().map(Member::describe).collect(Collectors.joining(", "));
        }
    }

    /** How the members of {@code team} differ from those the owner of {@code personal} last accepted. */
    public static Difference check(Vault personal, VaultDocument team) {
        return difference(accepted(personal, team), team);
    }

    /**
     * Records the members of {@code team} as accepted in {@code personal}, with a history record;
     * the caller saves {@code personal}. Does nothing when they are accepted already.
     */
    public static void accept(Vault personal, VaultDocument team) throws VaultException {
        Map<String, String> current = asMap(team.members);
        if (accepted(personal, team).filter(current::equals).isPresent()) {
            return;
        }
        personal.document().acceptedTeamMembers.put(key(team), current);
        personal.recordChange(
                "team-members-accepted", null, current.size() + " member(s) of the team vault created " + key(team));
    }

    /**
     * A condition for the team vault's saves: its members (as they are when saving) must be those
     * accepted in {@code personal} now. {@code howToAccept} ends the refusal, in the front end's words.
     */
    public static Vault.SaveCondition guard(Vault personal, VaultDocument team, String howToAccept) {
        Optional<Map<String, String>> accepted = accepted(personal, team).map(TreeMap::new);
        return document -> {
            Difference d = difference(accepted, document);
            if (!d.none()) {
                throw new VaultException(
                        VaultException.Reason.MEMBERS_NOT_ACCEPTED,
                        (d.neverAccepted()
                                        ? "You have not accepted this team vault's members yet ("
                                        : "The team vault's members changed since you last accepted them (")
                                + d.describe() + "). Nothing was saved, so nothing was encrypted to a member you"
                                + " have not accepted. " + howToAccept);
            }
        };
    }

    private static Optional<Map<String, String>> accepted(Vault personal, VaultDocument team) {
        return Optional.ofNullable(personal.document().acceptedTeamMembers.get(key(team)));
    }

    private static Difference difference(Optional<Map<String, String>> accepted, VaultDocument team) {
        Map<String, String> current = asMap(team.members);
        Map<String, String> before = accepted.orElse(Map.of());
        return new Difference(missingFrom(before, current), missingFrom(current, before), accepted.isEmpty());
    }

    /** The members in {@code in} that {@code from} lacks, or has under another name. */
    private static List<Member> missingFrom(Map<String, String> from, Map<String, String> in) {
        return in.entrySet().stream()
                .filter(e -> !e.getValue().equals(from.get(e.getKey())))
                .map(e -> new Member(e.getValue(), e.getKey()))
                .toList();
    }

    private static Map<String, String> asMap(List<TeamMember> members) {
        Map<String, String> byRecipient = new TreeMap<>();
        members.forEach(m -> byRecipient.put(String.valueOf(m.recipient).strip(), String.valueOf(m.name)));
        return byRecipient;
    }

    /** A team is known by its document's creation time, which every copy and clone of it shares. */
    private static String key(VaultDocument team) {
        return String.valueOf(team.createdAt);
    }
}
