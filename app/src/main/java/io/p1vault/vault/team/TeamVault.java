package io.p1vault.vault.team;

import io.p1vault.crypto.age.Envelope;
import io.p1vault.crypto.age.KeyPairIdentity;
import io.p1vault.crypto.age.Recipient;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.HistoryRecord;
import io.p1vault.model.TeamMember;
import io.p1vault.model.VaultDocument;
import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A team vault: an age file whose file key is wrapped to every member's recipient (no passphrase
 * stanza), opened with an age identity kept in the member's personal vault. The member list is
 * inside the encrypted document (authoritative) and mirrored in the plain {@link MembersFile}.
 * Changing the members always makes a new file key, so a removed member's identity opens no
 * version written after their removal.
 *
 * <p>Every front end opens team vaults here with a {@code howToAccept} in its own words:
 * their saves and member changes are then refused while the members differ from those the user
 * accepted (see {@link TrustedMembers}), so none can forget the guard.
 */
public final class TeamVault {
    /** The history action of a member's removal; its detail is the member's name, {@link #REMOVED_BY}, the remover's. */
    static final String MEMBER_REMOVE = "member-remove";

    static final String REMOVED_BY = " removed by ";

    private TeamVault() {}

    /** An open team vault and the member whose identity opened it (who the history names). */
    public record Opened(Vault vault, TeamMember self) {}

    /**
     * Creates a team vault whose only member is {@code memberName}, with the personal vault's identity.
     * A front end then {@linkplain #acceptMembers accepts} that member set, which guards its saves.
     */
    public static Opened create(Path teamFile, Vault personal, String identityName, String memberName)
            throws VaultException, IOException {
        Path members = MembersFile.beside(teamFile);
        if (Files.exists(members)) {
            throw new VaultException(
                    VaultException.Reason.ALREADY_EXISTS,
                    "There is already a " + MembersFile.NAME + " file in " + members.getParent()
                            + ": one team vault per folder, so its members list is unambiguous.");
        }
        Instant now = Instant.now();
        String name = TeamMembers.name(memberName);
        TeamMember self;
        try (MemberKey key = memberKey(personal, identityName)) {
            self = new TeamMember(name, key.ownRecipient().toString(), name, now);
        }
        VaultDocument doc = VaultDocument.empty();
        doc.members.add(self);
        doc.history.add(new HistoryRecord(now, "team-create", null, "created by " + name));
        List<Recipient> recipients = TeamMembers.check(doc.members);
        Vault vault = Vault.create(teamFile, () -> Envelope.create(recipients), doc);
        MembersFile.write(vault.path(), doc.members);
        return new Opened(vault, self);
    }

    /**
     * Opens a team vault with the identity named {@code identityName} in the (unlocked) personal vault;
     * its saves are refused while its members differ from those accepted in {@code personal}, with a
     * message ending in {@code howToAccept}. Reading is never refused.
     */
    public static Opened open(Path teamFile, Vault personal, String identityName, String howToAccept)
            throws VaultException, IOException {
        Opened opened = open(teamFile, personal, identityName);
        guard(opened, personal, howToAccept);
        return opened;
    }

    /**
     * Records the team's current members as accepted in {@code personal} (the caller saves it) and
     * lets the team vault's saves encrypt to them. Returns what was accepted: none when they already were.
     */
    public static TrustedMembers.Difference acceptMembers(Opened team, Vault personal, String howToAccept)
            throws VaultException {
        TrustedMembers.Difference accepted =
                TrustedMembers.check(personal, team.vault().document());
        TrustedMembers.accept(personal, team.vault().document());
        // The guard holds the set accepted when it was made.
        guard(team, personal, howToAccept);
        return accepted;
    }

    private static void guard(Opened team, Vault personal, String howToAccept) {
        team.vault()
                .requireBeforeSaving(TrustedMembers.guard(personal, team.vault().document(), howToAccept));
    }

    /** Opens without the guard: for merging and syncing, which write what every member already accepted. */
    static Opened open(Path teamFile, Vault personal, String identityName) throws VaultException, IOException {
        Vault vault;
        String recipient;
        try (MemberKey key = memberKey(personal, identityName)) {
            recipient = key.ownRecipient().toString();
            vault = Vault.open(teamFile, key);
        }
        try {
            List<TeamMember> members = vault.document().members;
            if (members.isEmpty()) {
                throw new VaultException(
                        VaultException.Reason.NOT_A_VAULT,
                        vault.path() + " opens with this identity but lists no members: it is an export, not a"
                                + " team vault. Import it into your vault instead.");
            }
            TeamMembers.check(members);
            TeamMember self = members.stream()
                    .filter(m -> m.recipient.strip().equals(recipient))
                    .findFirst()
                    .orElseThrow(() -> new VaultException(
                            VaultException.Reason.INVALID_INPUT,
                            "The team vault " + vault.path() + " is encrypted to this identity but its members"
                                    + " list does not include it; ask a member to check who changed the team."));
            return new Opened(vault, self);
        } catch (VaultException | RuntimeException e) {
            vault.close();
            throw e;
        }
    }

    /** Adds a member and re-keys to everyone, saved at once; the history says who added whom. */
    public static void addMember(Opened team, String name, String recipient) throws VaultException, IOException {
        List<TeamMember> members = new ArrayList<>(team.vault().document().members);
        String memberName = TeamMembers.name(name);
        Recipient parsed = TeamMembers.recipient(memberName, recipient);
        members.add(new TeamMember(memberName, parsed.toString(), team.self().name, Instant.now()));
        changeMembers(team, members, "member-add", memberName + " added by " + team.self().name);
    }

    /**
     * Removes a member: a new file key wrapped to the others, saved at once. Returns what the
     * removed member could read and must now be rotated.
     */
    public static RotationPlan removeMember(Opened team, String name) throws VaultException, IOException {
        List<TeamMember> members = new ArrayList<>(team.vault().document().members);
        TeamMember removed = TeamMembers.byName(members, name);
        if (removed.recipient.strip().equals(team.self().recipient)) {
            throw new VaultException(
                    VaultException.Reason.INVALID_INPUT,
                    "You cannot remove yourself: the next version would not open with your identity."
                            + " Ask another member to remove you.");
        }
        members.remove(removed);
        changeMembers(team, members, MEMBER_REMOVE, removed.name + REMOVED_BY + team.self().name);
        return RotationPlan.of(team.vault().document(), removed);
    }

    /**
     * Re-keys to {@code members}, refused (as a save) while the current members are not the accepted
     * ones: adding to a set someone else changed would vouch for their change. The caller accepts the new set.
     */
    private static void changeMembers(Opened team, List<TeamMember> members, String action, String detail)
            throws VaultException, IOException {
        team.vault().checkSaveAllowed();
        List<Recipient> recipients = TeamMembers.check(members);
        VaultDocument doc = team.vault().document();
        List<TeamMember> before = doc.members;
        doc.members = members;
        try {
            team.vault().rekey(() -> Envelope.create(recipients), action, detail);
        } catch (VaultException | IOException | RuntimeException e) {
            doc.members = before;
            throw e;
        }
        MembersFile.write(team.vault().path(), members);
    }

    static MemberKey memberKey(Vault personal, String identityName) throws VaultException {
        AgeIdentityEntry entry =
                (AgeIdentityEntry) new VaultEditor(personal).require(EntryKind.AGE_IDENTITY, identityName);
        char[] key = entry.getSecretKey().reveal();
        try {
            return new MemberKey(KeyPairIdentity.parse(key), entry.getName());
        } catch (IllegalArgumentException e) {
            throw new VaultException(
                    VaultException.Reason.INVALID_INPUT,
                    "The identity \"" + entry.getName() + "\" in your vault is damaged: " + e.getMessage());
        } finally {
            Arrays.fill(key, '\0');
        }
    }
}
