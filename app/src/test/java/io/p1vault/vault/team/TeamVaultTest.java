package io.p1vault.vault.team;

import io.p1vault.crypto.age.AgeCommand;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.TeamMember;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamVaultTest {
    static final String CANARY = "team-canary-secret-7f3a";

    @TempDir
    Path dir;

    TeamFixture alice;
    TeamFixture bob;
    TeamFixture carol;
    Path team;

    @BeforeEach
    void members() throws Exception {
        alice = TeamFixture.member(dir.resolve("alice"), "alice");
        bob = TeamFixture.member(dir.resolve("bob"), "bob");
        carol = TeamFixture.member(dir.resolve("carol"), "carol");
        team = dir.resolve("shared/team.age");
        Files.createDirectories(team.getParent());
        try (Vault personal = alice.openPersonal()) {
            TeamVault.Opened t = TeamVault.create(team, personal, TeamFixture.IDENTITY, "alice");
            try (Vault v = t.vault()) {
                new VaultEditor(v)
                        .addClientCredentials(
                                "c1-api", "client-1", "https://c1.example.com/token", CANARY.toCharArray());
                v.save();
                TeamVault.addMember(t, "bob", bob.recipient());
                TeamVault.addMember(t, "carol", carol.recipient());
            }
        }
    }

    @Test
    void everyMemberOpensItWithTheIdentityInTheirPersonalVault() throws Exception {
        for (TeamFixture m : new TeamFixture[] {alice, bob, carol}) {
            try (Vault v = m.openTeam(team).vault()) {
                ClientCredentialsEntry e =
                        (ClientCredentialsEntry) new VaultEditor(v).require(EntryKind.CLIENT_CREDENTIALS, "c1-api");
                assertThat(new String(e.secret().reveal())).isEqualTo(CANARY);
                assertThat(v.document().members).extracting(x -> x.name).containsExactly("alice", "bob", "carol");
            }
        }
    }

    @Test
    void theFileHasOneX25519StanzaPerMemberAndNoPassphrase() throws Exception {
        try (java.io.InputStream in = Files.newInputStream(team)) {
            assertThat(io.p1vault.crypto.age.Age.readHeader(in).stanzas())
                    .extracting(s -> s.type())
                    .containsExactly("X25519", "X25519", "X25519");
        }
    }

    @Test
    void theRealAgeOpensItWithAnyMembersIdentity() throws Exception {
        AgeCommand.requireInstalled();
        for (TeamFixture m : new TeamFixture[] {alice, bob, carol}) {
            byte[] plain = AgeCommand.run("age", "-d", "-i", m.identityFile(dir).toString(), team.toString());
            assertThat(new String(plain, StandardCharsets.UTF_8))
                    .contains(CANARY)
                    .contains("\"members\"");
        }
    }

    @Test
    void theHistoryAndThePlainMembersFileSayWhoAddedWhom() throws Exception {
        try (Vault v = carol.openTeam(team).vault()) {
            assertThat(v.document().history)
                    .extracting(h -> h.action + ": " + h.detail)
                    .contains(
                            "team-create: created by alice",
                            "member-add: bob added by alice",
                            "member-add: carol added by alice");
        }
        MembersFile.Listed listed = MembersFile.read(MembersFile.beside(team));
        assertThat(listed.ignoredLines()).isZero();
        assertThat(listed.members())
                .extracting(m -> m.name + " " + m.recipient + " " + m.addedBy)
                .containsExactly(
                        "alice " + alice.recipient() + " alice",
                        "bob " + bob.recipient() + " alice",
                        "carol " + carol.recipient() + " alice");
        assertThat(Files.readString(MembersFile.beside(team)))
                .doesNotContain(CANARY)
                .contains("for information only");
    }

    @Test
    void aRemovedMembersIdentityOpensNoVersionWrittenAfterTheRemoval() throws Exception {
        AgeCommand.requireInstalled();
        RotationPlan plan;
        TeamVault.Opened t = alice.openTeam(team);
        try (Vault v = t.vault()) {
            plan = TeamVault.removeMember(t, "bob");
            new VaultEditor(v)
                    .addClientCredentials("later", "client-2", "https://x.example.com/token", "n".toCharArray());
            v.save();
        }
        assertThatThrownBy(() -> bob.openTeam(team))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("not encrypted to the identity");
        Path bobKey = bob.identityFile(dir);
        assertThatThrownBy(() -> AgeCommand.run("age", "-d", "-i", bobKey.toString(), team.toString()))
                .hasMessageContaining("no identity matched");
        // The backup was rewritten with the new key as well.
        assertThatThrownBy(() -> AgeCommand.run("age", "-d", "-i", bobKey.toString(), team + ".bak"))
                .hasMessageContaining("no identity matched");
        try (Vault v = carol.openTeam(team).vault()) {
            assertThat(v.document().members).extracting(m -> m.name).containsExactly("alice", "carol");
            assertThat(v.document().history).extracting(h -> h.detail).contains("bob removed by alice");
        }
        assertThat(plan.removedMember()).isEqualTo("bob");
        assertThat(plan.steps()).extracting(RotationPlan.Step::name).containsExactly("c1-api");
        assertThat(plan.steps().get(0).command()).contains("p1vault edit --kind client-credentials c1-api");
        assertThat(plan.toString()).doesNotContain(CANARY);
        assertThat(MembersFile.read(MembersFile.beside(team)).members())
                .extracting(m -> m.name)
                .containsExactly("alice", "carol");
    }

    @Test
    void noMemberCanRemoveThemselvesNorAddARecipientTwice() throws Exception {
        TeamVault.Opened t = alice.openTeam(team);
        try (Vault v = t.vault()) {
            assertThatThrownBy(() -> TeamVault.removeMember(t, "alice")).hasMessageContaining("cannot remove yourself");
            assertThatThrownBy(() -> TeamVault.addMember(t, "bob2", bob.recipient()))
                    .hasMessageContaining("same recipient");
            assertThatThrownBy(() -> TeamVault.addMember(t, "dave", "age1notakey"))
                    .hasMessageContaining("not an age public key");
            assertThat(v.document().members).hasSize(3);
        }
    }

    @Test
    void aHostileMembersFileIsReadOnlyAsFarAsItMakesSense() throws Exception {
        Path file = MembersFile.beside(team);
        Files.writeString(
                file,
                "# comment\nmallory\tage1bad\tx\t\n\u001b[31mred\t" + bob.recipient() + "\t\t\nok\t" + bob.recipient()
                        + "\t\tnot-a-date\nfine\t" + carol.recipient() + "\t\t\n");
        MembersFile.Listed listed = MembersFile.read(file);
        assertThat(listed.members()).extracting((TeamMember m) -> m.name).containsExactly("fine");
        assertThat(listed.ignoredLines()).isEqualTo(3);
    }

    @Test
    void aPersonalVaultIsNotATeamVault() throws Exception {
        try (Vault personal = alice.openPersonal()) {
            assertThatThrownBy(() -> TeamVault.open(bob.personal(), personal, TeamFixture.IDENTITY))
                    .hasMessageContaining("personal vault, not a team vault");
        }
    }
}
