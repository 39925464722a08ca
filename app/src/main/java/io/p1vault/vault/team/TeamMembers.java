package io.p1vault.vault.team;

import io.p1vault.crypto.age.Envelope;
import io.p1vault.crypto.age.Recipient;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.TeamMember;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.vault.VaultException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a team's member list keeps, whether typed or read from the (decrypted, but written by
 * any member or anyone who can write to the repository) team file: a valid name and recipient
 * each, no name or recipient twice, at least one member, and recipients age lets share a header.
 */
final class TeamMembers {
    static final int MAX_MEMBERS = 200;

    private TeamMembers() {}

    /** The members' recipients, after checking every rule; the message names the member, never a key. */
    static List<Recipient> check(List<TeamMember> members) throws VaultException {
        if (members.isEmpty()) {
            throw invalid("A team vault needs at least one member.");
        }
        if (members.size() > MAX_MEMBERS) {
            throw invalid("A team vault has at most " + MAX_MEMBERS + " members.");
        }
        Set<String> names = new HashSet<>();
        Set<String> keys = new HashSet<>();
        List<Recipient> recipients = new ArrayList<>();
        for (TeamMember m : members) {
            String name = name(m.name);
            if (!names.add(name)) {
                throw invalid("Two members are named \"" + name + "\".");
            }
            Recipient r = recipient(name, m.recipient);
            if (!keys.add(r.toString())) {
                throw invalid("The member \"" + name + "\" has the same recipient as another member.");
            }
            recipients.add(r);
        }
        try {
            Envelope.checkCombinable(recipients);
        } catch (IllegalArgumentException e) {
            throw invalid("The team's members cannot share one file: " + e.getMessage() + ".");
        }
        return recipients;
    }

    static String name(String name) throws VaultException {
        try {
            return EntryRules.name(name);
        } catch (InvalidEntryException e) {
            throw invalid("A member's name: " + e.getMessage());
        }
    }

    static Recipient recipient(String memberName, String recipient) throws VaultException {
        if (recipient == null) {
            throw invalid("The member \"" + memberName + "\" has no recipient.");
        }
        try {
            return Recipient.parse(recipient.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("The member \"" + memberName + "\": " + e.getMessage() + ".");
        }
    }

    static TeamMember byName(List<TeamMember> members, String name) throws VaultException {
        return members.stream()
                .filter(m -> m.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new VaultException(
                        VaultException.Reason.NOT_FOUND, "There is no member named \"" + name + "\"."));
    }

    private static VaultException invalid(String message) {
        return new VaultException(VaultException.Reason.INVALID_INPUT, message);
    }
}
