package io.p1vault.ui.team;

import io.p1vault.TestCredentials;
import io.p1vault.ui.actions.EntryCommands;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.team.TeamFixture;
import io.p1vault.vault.team.TeamVault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A team for the team screens' tests: alice (whose personal vault the session unlocks) created a
 * team vault holding a gateway credential and a server whose secrets carry {@link #CANARY}; bob
 * has a personal vault and identity of his own, not yet a member. Alice accepted the team's members.
 */
final class TeamDesk {
    static final String CANARY = "CANARYteam7d1";

    final TeamFixture alice;
    final TeamFixture bob;
    final Path teamFile;
    final DirectTasks tasks = new DirectTasks();
    final FakeDialogs dialogs = new FakeDialogs();
    final VaultSession session = new VaultSession(tasks, dialogs);
    /** What the opener asked the settings to remember: "file identity personal" per call. */
    final List<String> remembered = new ArrayList<>();

    /** The questions about members not accepted, as the opener asked them. */
    final List<MemberTrustPresenter> trustQuestions = new ArrayList<>();

    final TeamOpener opener = new TeamOpener(
            session,
            tasks,
            dialogs,
            (file, identity, personal) -> remembered.add(file + " " + identity + " " + personal),
            trustQuestions::add);
    /** The credentials {@link #entries} was asked to rotate. */
    final List<UUID> rotated = new ArrayList<>();

    final EntryCommands entries = new RecordingCommands(rotated);

    TeamDesk(Path dir) throws Exception {
        alice = TeamFixture.member(dir.resolve("alice"), "alice");
        bob = TeamFixture.member(dir.resolve("bob"), "bob");
        teamFile = dir.resolve("team").resolve("team.age");
        java.nio.file.Files.createDirectories(teamFile.getParent());
        try (Vault personal = alice.openPersonal()) {
            TeamVault.Opened team = TeamVault.create(teamFile, personal, TeamFixture.IDENTITY, "alice");
            TeamVault.acceptMembers(team, personal, "as the CLI does");
            personal.save();
            try (Vault v = team.vault()) {
                VaultEditor editor = new VaultEditor(v);
                editor.addServer("pf", "https://pf.example.com:9999", "admin", (CANARY + "-pw").toCharArray());
                editor.addGatewayCredential(
                        "gw", TestCredentials.pingFederate(CANARY).toCharArray());
                v.save();
            }
        }
    }

    /** Unlocks alice's personal vault in the session. */
    TeamDesk unlocked() throws Exception {
        session.opened(alice.openPersonal());
        return this;
    }

    /** Opens the team vault through the open form, as the menu does. */
    TeamFormPresenter openTeam() {
        TeamFormPresenter form =
                new TeamFormPresenter(TeamFormPresenter.Mode.OPEN, session, dialogs, opener, teamFile.getParent());
        form.file.set(teamFile);
        form.submit(TeamFixture.IDENTITY, null);
        return form;
    }

    void close() throws Exception {
        session.lock();
    }

    /** Records {@link #rotateCredential}; the other commands are not what these tests drive. */
    private record RecordingCommands(List<UUID> rotated) implements EntryCommands {
        @Override
        public void rotateCredential(UUID credentialId) {
            rotated.add(credentialId);
        }

        @Override
        public void addEntry(io.p1vault.model.EntryKind kind) {
            throw new AssertionError("not expected");
        }

        @Override
        public void editSelected() {
            throw new AssertionError("not expected");
        }

        @Override
        public void renameSelected() {
            throw new AssertionError("not expected");
        }

        @Override
        public void deleteSelected() {
            throw new AssertionError("not expected");
        }

        @Override
        public void copySelectedSecret() {
            throw new AssertionError("not expected");
        }

        @Override
        public void copySelectedRecipient() {
            throw new AssertionError("not expected");
        }

        @Override
        public void useWithSelected() {
            throw new AssertionError("not expected");
        }

        @Override
        public void testSelectedServer() {
            throw new AssertionError("not expected");
        }

        @Override
        public void pushSelected() {
            throw new AssertionError("not expected");
        }

        @Override
        public void rotateSelected() {
            throw new AssertionError("not expected");
        }
    }
}
