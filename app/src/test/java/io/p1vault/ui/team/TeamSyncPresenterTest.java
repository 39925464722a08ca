package io.p1vault.ui.team;

import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.EntryKind;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.merge.Resolution;
import io.p1vault.vault.team.GitClones;
import io.p1vault.vault.team.TeamFixture;
import io.p1vault.vault.team.TeamSync;
import io.p1vault.vault.team.TeamVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Team › Sync without a window, against a bare repository on disk: alice syncs from the desktop
 * while bob, with his own clone, pushed a change to the same field.
 */
class TeamSyncPresenterTest {
    @TempDir
    Path dir;

    TeamFixture alice;
    TeamFixture bob;
    Path origin;
    Path aliceTeam;
    Path bobTeam;
    final DirectTasks tasks = new DirectTasks();
    final FakeDialogs dialogs = new FakeDialogs();
    final VaultSession session = new VaultSession(tasks, dialogs);
    static final String HOW_TO_ACCEPT = "accept them";
    final TeamOpener opener = new TeamOpener(session, tasks, dialogs, (file, identity, personal) -> {}, trust -> {
        throw new AssertionError("alice accepted her team's members: nothing to ask on opening");
    });
    final TeamSyncPresenter sync = new TeamSyncPresenter(session, tasks, dialogs, opener);

    @BeforeEach
    void aliceAndBobShareATeamVault() throws Exception {
        origin = GitClones.bare(dir);
        alice = TeamFixture.member(dir.resolve("alice"), "alice");
        bob = TeamFixture.member(dir.resolve("bob"), "bob");
        aliceTeam = GitClones.cloneOf(origin, dir, "alice").resolve("team.age");
        try (Vault personal = alice.openPersonal()) {
            TeamVault.Opened team = TeamVault.create(aliceTeam, personal, TeamFixture.IDENTITY, "alice");
            try (Vault v = team.vault()) {
                new VaultEditor(v).addClientCredentials("shared", "id-0", "https://a.example.com/t", "s".toCharArray());
                v.save();
                TeamVault.addMember(team, "bob", bob.recipient());
                // As every member does before their first save (a merge re-encrypts to the members).
                TrustedMembers.accept(personal, v.document());
                personal.save();
            }
            TeamSync.sync(aliceTeam, personal, TeamFixture.IDENTITY, c -> Optional.empty());
        }
        bobTeam = GitClones.cloneOf(origin, dir, "bob").resolve("team.age");
        session.opened(alice.openPersonal());
        opener.open(aliceTeam, TeamFixture.IDENTITY, () -> {}, failure -> {
            throw new AssertionError(failure);
        });
    }

    @AfterEach
    void lock() {
        session.lock();
    }

    private static ClientCredentialsEntry shared(VaultEditor editor) throws Exception {
        return (ClientCredentialsEntry) editor.require(EntryKind.CLIENT_CREDENTIALS, "shared");
    }

    /** Bob opens the team vault on the command line's terms, having accepted its members as every member does. */
    private TeamVault.Opened bobAccepting(Vault personal) throws Exception {
        TeamVault.Opened team = TeamVault.open(bobTeam, personal, TeamFixture.IDENTITY, HOW_TO_ACCEPT);
        TeamVault.acceptMembers(team, personal, HOW_TO_ACCEPT);
        personal.save();
        return team;
    }

    /** Bob changes the note and pushes; alice changes the same note on the desktop and saves. */
    private void bothChangeTheNote() throws Exception {
        try (Vault personal = bob.openPersonal()) {
            try (Vault v = bobAccepting(personal).vault()) {
                VaultEditor editor = new VaultEditor(v);
                editor.setNotes(shared(editor), "bob's note");
                v.save();
            }
            TeamSync.sync(bobTeam, personal, TeamFixture.IDENTITY, c -> Optional.empty());
        }
        VaultEditor mine = session.editor();
        mine.setNotes(shared(mine), "alice's note");
        session.changed();
        assertThat(session.canSyncTeam.get()).as("not before it is saved").isFalse();
        session.save(() -> {});
        assertThat(session.canSyncTeam.get()).isTrue();
    }

    private String noteShown() throws Exception {
        return shared(session.editor()).getNotes();
    }

    @Test
    void aConflictIsAskedAboutThenTheSyncRunsAgainWithTheChoiceAndTheTeamVaultReopens() throws Exception {
        bothChangeTheNote();
        dialogs.conflictAnswer = Resolution.TAKE_THEIRS;

        sync.sync();

        assertThat(dialogs.conflictQuestions)
                .singleElement()
                .satisfies(asked -> assertThat(asked).extracting(c -> c.field()).containsExactly("notes"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.asked).last().asString().contains("Merged").contains("Pushed.");
        assertThat(session.teamShown.get()).as("the team vault is shown again").isTrue();
        assertThat(noteShown()).isEqualTo("bob's note");
        assertThat(session.busy.get()).isFalse();
        assertThat(session.activity.get()).isNull();
        assertThat(GitClones.git(origin, Map.of(), "log", "--format=%s", "-n", "1", "main"))
                .startsWith("p1vault: merged the team vault");
    }

    @Test
    void cancellingTheChoiceMergesNothingAndShowsTheTeamVaultAsItWas() throws Exception {
        bothChangeTheNote();
        String pushed = GitClones.git(origin, Map.of(), "rev-parse", "main");

        sync.sync();

        assertThat(dialogs.conflictQuestions).hasSize(1);
        assertThat(dialogs.asked).last().asString().contains("were not merged");
        assertThat(noteShown()).isEqualTo("alice's note");
        assertThat(session.teamShown.get()).isTrue();
        assertThat(GitClones.git(origin, Map.of(), "rev-parse", "main"))
                .as("nothing pushed")
                .isEqualTo(pushed);
    }

    /** Bob adds carol and pushes; alice adds an entry on the desktop and saves. */
    private String bobAddsCarolAndAliceEdits() throws Exception {
        TeamFixture carol = TeamFixture.member(dir.resolve("carol"), "carol");
        try (Vault personal = bob.openPersonal()) {
            TeamVault.Opened team = bobAccepting(personal);
            try (Vault v = team.vault()) {
                TeamVault.addMember(team, "carol", carol.recipient());
                TeamVault.acceptMembers(team, personal, HOW_TO_ACCEPT);
                personal.save();
            }
            TeamSync.sync(bobTeam, personal, TeamFixture.IDENTITY, c -> Optional.empty());
        }
        session.editor().addClientCredentials("from-alice", "id-a", "https://a.example.com/t", "s".toCharArray());
        session.changed();
        session.save(() -> {});
        return carol.recipient();
    }

    @ParameterizedTest(name = "accepted: {0}")
    @ValueSource(booleans = {true, false})
    void membersAddedByTheOtherSideAreShownAndMergedOnlyOnceAccepted(boolean accept) throws Exception {
        String carol = bobAddsCarolAndAliceEdits();
        String pushed = GitClones.git(origin, Map.of(), "rev-parse", "main");
        dialogs.confirmAnswer = accept;

        sync.sync();

        assertThat(dialogs.asked)
                .first()
                .asString()
                .contains("added carol (" + carol + ")")
                .contains("accept these members and sync?");
        assertThat(dialogs.errors).isEmpty();
        assertThat(session.teamShown.get()).isTrue();
        assertThat(session.vault.get().document().members)
                .extracting(m -> m.name)
                .as("the merged members are shown only once accepted")
                .contains("alice", "bob")
                .hasSize(accept ? 3 : 2);
        assertThat(TrustedMembers.check(session.personal(), session.vault.get().document())
                        .none())
                .isTrue();
        if (accept) {
            assertThat(dialogs.asked).last().asString().contains("Merged").contains("Pushed.");
            assertThat(session.editor().entries()).extracting(e -> e.getName()).contains("from-alice");
            assertThat(GitClones.git(origin, Map.of(), "log", "--format=%B", "main"))
                    .contains("from-alice");
        } else {
            assertThat(dialogs.asked).last().asString().contains("were not merged");
            assertThat(GitClones.git(origin, Map.of(), "rev-parse", "main")).isEqualTo(pushed);
        }
    }

    @Test
    void aTeamVaultOutsideAnyGitRepositoryIsReportedAndStaysOpen() throws Exception {
        session.lock();
        TeamDesk desk = new TeamDesk(dir.resolve("elsewhere")).unlocked();
        desk.openTeam();

        new TeamSyncPresenter(desk.session, desk.tasks, desk.dialogs, desk.opener).sync();

        assertThat(desk.dialogs.errors)
                .singleElement()
                .satisfies(f ->
                        assertThat(f.why()).contains("git rev-parse failed").contains("not a git repository"));
        assertThat(desk.session.teamShown.get()).isTrue();
        assertThat(desk.session.busy.get()).isFalse();
        desk.close();
    }
}
