package io.p1vault.ui.team;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.ui.testing.QueuedTasks;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.team.TeamFixture;
import io.p1vault.vault.team.TeamVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The session with a team vault beside the personal one, the open and create forms and the reopen, without Swing. */
class TeamSessionTest {
    @TempDir
    Path dir;

    TeamDesk desk;
    VaultSession session;

    @BeforeEach
    void team() throws Exception {
        desk = new TeamDesk(dir).unlocked();
        session = desk.session;
    }

    @AfterEach
    void lock() throws Exception {
        desk.close();
    }

    private List<String> names() {
        return session.editor().entries().stream().map(Entry::getName).toList();
    }

    @Test
    void theOpenFormListsTheIdentitiesOpensTheTeamVaultBesideAndShowsItAsShared() {
        Vault personal = session.personal();
        TeamFormPresenter form = desk.openTeam();

        assertThat(form.identities).containsExactly(TeamFixture.IDENTITY);
        assertThat(form.done.get()).isTrue();
        assertThat(form.message.get()).isNull();
        assertThat(session.teamOpen.get()).isTrue();
        assertThat(session.teamShown.get()).isTrue();
        assertThat(session.file.get()).isEqualTo(desk.teamFile.toAbsolutePath());
        assertThat(names()).containsExactlyInAnyOrder("pf", "gw");
        assertThat(session.team.get().self().name).isEqualTo("alice");
        assertThat(session.editable.get()).isTrue();
        assertThat(session.personalEditable.get())
                .as("the team vault has no passphrase to change")
                .isFalse();
        assertThat(desk.remembered).containsExactly(desk.teamFile.toAbsolutePath() + " me " + desk.alice.personal());

        session.show(false);
        assertThat(session.vault.get()).isSameAs(personal);
        assertThat(session.file.get()).isEqualTo(desk.alice.personal());
        assertThat(names()).containsExactly(TeamFixture.IDENTITY);
        assertThat(session.personalEditable.get()).isTrue();
    }

    @Test
    void theFormSaysWhatIsMissingAndWhyAFileDidNotOpen() throws Exception {
        TeamFormPresenter form =
                new TeamFormPresenter(TeamFormPresenter.Mode.OPEN, session, desk.dialogs, desk.opener, dir);
        form.submit(TeamFixture.IDENTITY, null);
        assertThat(form.message.get()).isEqualTo("Choose the team vault file.");

        form.file.set(desk.bob.personal());
        form.submit(TeamFixture.IDENTITY, null);
        assertThat(form.message.get()).isNotBlank();
        assertThat(form.done.get()).isFalse();
        assertThat(form.busy.get()).isFalse();
        assertThat(session.teamOpen.get()).isFalse();
        assertThat(session.busy.get()).as("the hold is released").isFalse();
    }

    @Test
    void withoutAnIdentityTheFormSaysHowToMakeOne() throws Exception {
        session.lock();
        Path plain = dir.resolve("plain.age");
        Vault.create(plain, TeamFixture.PASSPHRASE, 10).close();
        session.opened(Vault.open(plain, TeamFixture.PASSPHRASE));

        TeamFormPresenter form =
                new TeamFormPresenter(TeamFormPresenter.Mode.OPEN, session, desk.dialogs, desk.opener, dir);
        assertThat(form.identities).isEmpty();
        assertThat(form.message.get()).contains("Generate age identity").contains("p1vault keygen");
    }

    @Test
    void creatingSavesThePersonalVaultFirstSoTheIdentityThatOpensTheTeamIsOnDisk() throws Exception {
        new VaultEditor(session.personal()).addNewIdentity("team key");
        session.changed();
        Path created = dir.resolve("other").resolve("ops.age");
        Files.createDirectories(created.getParent());
        TeamFormPresenter form =
                new TeamFormPresenter(TeamFormPresenter.Mode.CREATE, session, desk.dialogs, desk.opener, dir);
        form.file.set(created);
        form.submit("team key", " ");
        assertThat(form.message.get()).isEqualTo("Enter the name the other members will see for you.");

        form.submit("team key", "alice ");
        assertThat(form.done.get()).isTrue();
        assertThat(session.personal().hasUnsavedChanges()).isFalse();
        assertThat(session.team.get().vault().document().members)
                .singleElement()
                .satisfies(m -> assertThat(m.name).isEqualTo("alice"));
        session.lock();
        try (Vault reread = desk.alice.openPersonal()) {
            assertThat(new VaultEditor(reread).find(EntryKind.AGE_IDENTITY, "team key"))
                    .isPresent();
        }
    }

    @Test
    void lockingLocksAndWipesBothAndShowsThePersonalFileLocked() {
        desk.openTeam();
        TeamVault.Opened team = session.team.get();
        Entry server =
                session.editor().find(EntryKind.PINGFEDERATE_SERVER, "pf").orElseThrow();

        session.lock();

        assertThat(session.vault.get()).isNull();
        assertThat(session.team.get()).isNull();
        assertThat(session.teamShown.get()).isFalse();
        assertThat(session.file.get()).isEqualTo(desk.alice.personal());
        assertThat(server.secret().isDestroyed()).isTrue();
        assertThatThrownBy(() -> team.vault().document()).as("closed").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unsavedChangesInEitherVaultAreAskedAboutOneAfterTheOther() throws Exception {
        desk.openTeam();
        new VaultEditor(session.team.get().vault()).addServer("pf2", "https://pf2.example.com", "a", "x".toCharArray());
        new VaultEditor(session.personal()).addServer("mine", "https://m.example.com", "a", "y".toCharArray());
        session.changed();
        desk.dialogs.unsavedAnswer = Dialogs.UnsavedChoice.CANCEL;
        boolean[] proceeded = {false};

        session.settleUnsaved(() -> proceeded[0] = true);
        assertThat(proceeded[0]).isFalse();
        assertThat(desk.dialogs.asked).containsExactly("unsaved alice.p1vault");

        desk.dialogs.unsavedAnswer = Dialogs.UnsavedChoice.SAVE;
        session.settleUnsaved(() -> proceeded[0] = true);
        assertThat(proceeded[0]).isTrue();
        assertThat(desk.dialogs.asked).endsWith("unsaved alice.p1vault", "unsaved team.age");
        assertThat(session.personal().hasUnsavedChanges()).isFalse();
        assertThat(session.team.get().vault().hasUnsavedChanges()).isFalse();
    }

    @Test
    void theIdleLockSavesBothVaultsBeforeItLocks() throws Exception {
        desk.openTeam();
        new VaultEditor(session.team.get().vault()).addServer("pf2", "https://pf2.example.com", "a", "x".toCharArray());
        new VaultEditor(session.personal()).addServer("mine", "https://m.example.com", "a", "y".toCharArray());
        session.changed();
        boolean[] locked = {false};

        session.saveAll(() -> locked[0] = true);

        assertThat(locked[0]).isTrue();
        session.lock();
        try (Vault reread = reopenTeam().vault()) {
            assertThat(new VaultEditor(reread).find(null, "pf2")).isPresent();
        }
    }

    private TeamVault.Opened reopenTeam() throws Exception {
        return desk.alice.openTeam(desk.teamFile);
    }

    @Test
    void aReopenThatFailsSaysWhichTeamVaultAndLeavesThePersonalVaultUsable() throws Exception {
        Files.delete(desk.teamFile);
        desk.opener.reopen(desk.teamFile, TeamFixture.IDENTITY);

        assertThat(desk.dialogs.errors)
                .singleElement()
                .satisfies(f ->
                        assertThat(f.what()).contains(desk.teamFile.toString()).contains("did not reopen"));
        assertThat(session.unlocked.get()).isTrue();
        assertThat(session.teamShown.get()).isFalse();
        assertThat(session.editable.get()).isTrue();
    }

    @Test
    void aTeamVaultThatOpensAfterThePersonalVaultWasLockedIsClosedNotShown() throws Exception {
        session.lock();
        QueuedTasks queued = new QueuedTasks();
        VaultSession later = new VaultSession(queued, new FakeDialogs());
        later.opened(desk.alice.openPersonal());
        List<String> remembered = new ArrayList<>();
        TeamOpener opener = new TeamOpener(
                later, queued, new FakeDialogs(), (f, i, p) -> remembered.add(i), desk.trustQuestions::add);
        opener.reopen(desk.teamFile, TeamFixture.IDENTITY);
        assertThat(later.busy.get())
                .as("the personal vault is held while its identity is read")
                .isTrue();

        later.lock();
        queued.runAll();

        assertThat(later.team.get()).isNull();
        assertThat(remembered).isEmpty();
        try (Vault again = reopenTeam().vault()) {
            assertThat(again.document().members)
                    .as("its file lock was released")
                    .hasSize(1);
        }
    }

    @Test
    void closingTheTeamVaultShowsThePersonalOneAndForgetsIt() {
        desk.openTeam();
        desk.opener.close();
        assertThat(session.teamOpen.get()).isFalse();
        assertThat(session.vault.get()).isSameAs(session.personal());
        assertThat(desk.remembered).last().isEqualTo("null null null");
    }

    @Test
    void aSaveThatMeetsAnotherMembersChangeToTheSameFieldAsksAndSavesTheChoice() throws Exception {
        desk.openTeam();
        // Another member, on a shared folder, renames the credential and saves first.
        Path elsewhere = dir.resolve("elsewhere.age");
        Files.copy(desk.teamFile, elsewhere);
        try (Vault other = TeamVault.open(elsewhere, session.personal(), TeamFixture.IDENTITY, "accept them")
                .vault()) {
            VaultEditor editor = new VaultEditor(other);
            editor.rename(editor.require(EntryKind.GATEWAY_CREDENTIAL, "gw"), "gw (theirs)");
            other.save();
        }
        Files.copy(elsewhere, desk.teamFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        VaultEditor mine = session.editor();
        mine.rename(mine.require(EntryKind.GATEWAY_CREDENTIAL, "gw"), "gw (mine)");
        session.changed();
        desk.dialogs.conflictAnswer = io.p1vault.vault.merge.Resolution.TAKE_THEIRS;

        session.save(() -> {});

        assertThat(desk.dialogs.conflictQuestions)
                .singleElement()
                .satisfies(asked -> assertThat(asked).extracting(c -> c.field()).containsExactly("name"));
        assertThat(desk.dialogs.errors).isEmpty();
        assertThat(session.dirty.get()).isFalse();
        session.lock();
        try (Vault reread = reopenTeam().vault()) {
            assertThat(new VaultEditor(reread).find(EntryKind.GATEWAY_CREDENTIAL, "gw (theirs)"))
                    .isPresent();
        }
    }
}
