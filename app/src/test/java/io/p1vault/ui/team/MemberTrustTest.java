package io.p1vault.ui.team;

import io.p1vault.ui.base.Failure;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.Vault;
import io.p1vault.vault.team.TeamFixture;
import io.p1vault.vault.team.TeamVault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop keeps a team vault's saves to the members the user accepted: opening one whose
 * members someone else changed asks, "Not now" leaves its saves refused (and says so), accepting
 * is remembered in the personal vault, and the user's own team and member changes ask nothing.
 * Without a window, except the switcher's label.
 */
class MemberTrustTest {
    @TempDir
    Path dir;

    TeamDesk desk;

    @BeforeEach
    void team() throws Exception {
        desk = new TeamDesk(dir);
    }

    @AfterEach
    void lock() throws Exception {
        desk.close();
    }

    /** Bob is added from another member's copy of the team vault, while this desktop was closed. */
    private void anotherMemberAddsBob() throws Exception {
        TeamVault.Opened elsewhere = desk.alice.openTeam(desk.teamFile);
        try (Vault v = elsewhere.vault()) {
            TeamVault.addMember(elsewhere, "bob", desk.bob.recipient());
        }
    }

    private MemberTrustPresenter openAndGetAsked() throws Exception {
        anotherMemberAddsBob();
        desk.unlocked().openTeam();
        assertThat(desk.trustQuestions).hasSize(1);
        return desk.trustQuestions.get(0);
    }

    /** Adds an entry to the team vault shown and saves it, as the desktop's Save does. */
    private void editAndSaveTeam(String name) throws Exception {
        desk.session.editor().addServer(name, "https://pf2.example.com:9999", "admin", "pw".toCharArray());
        desk.session.changed();
        desk.session.save(() -> {});
    }

    @Test
    void openingATeamVaultWhoseMembersSomeoneElseChangedAsksAboutTheAddedMember() throws Exception {
        MemberTrustPresenter asked = openAndGetAsked();

        assertThat(asked.rows).containsExactly(new MemberTrustPresenter.Row("Added", "bob", desk.bob.recipient()));
        assertThat(asked.intro).contains("team.age").contains("changed since you last accepted");
        assertThat(desk.session.teamShown.get())
                .as("the team vault opens behind the question")
                .isTrue();
    }

    @Test
    void notNowRefusesTeamSavesInTheDesktopsWordsLeavesTheFileByteIdenticalAndMarksTheVault() throws Exception {
        MemberTrustPresenter asked = openAndGetAsked();
        asked.notNow();
        assertThat(asked.done.get()).isTrue();
        byte[] before = Files.readAllBytes(desk.teamFile);

        editAndSaveTeam("pf2");

        assertThat(desk.dialogs.errors)
                .singleElement()
                .satisfies(f -> assertThat(f.why())
                        .contains("members changed since you last accepted them")
                        .contains("bob")
                        .contains("Team › Members…")
                        .contains("Accept members")
                        .doesNotContain("--accept"));
        assertThat(Files.readAllBytes(desk.teamFile)).isEqualTo(before);
        assertThat(desk.session.dirty.get())
                .as("the edit is kept to save later")
                .isTrue();

        MembersPresenter members = new MembersPresenter(desk.session, desk.tasks, desk.dialogs, plan -> {});
        assertThat(members.unaccepted.get()).contains("bob").contains("refused");
        String[] mark = new String[1];
        SwingUtilities.invokeAndWait(() -> {
            VaultSwitcher switcher = new VaultSwitcher(desk.session);
            mark[0] = ((JLabel) find(switcher, "vaultSwitcher.shared")).getText();
        });
        assertThat(mark[0]).isEqualTo("Members not accepted: saves refused");
    }

    @Test
    void acceptingFromTheMembersDialogLetsTheRefusedSaveThrough() throws Exception {
        openAndGetAsked().notNow();
        editAndSaveTeam("pf2");
        MembersPresenter members = new MembersPresenter(desk.session, desk.tasks, desk.dialogs, plan -> {});

        members.accept();
        desk.session.save(() -> {});

        assertThat(members.unaccepted.get()).isNull();
        assertThat(desk.dialogs.errors)
                .as("only the first, refused save failed")
                .hasSize(1);
        desk.session.lock();
        try (Vault reread = desk.alice.openTeam(desk.teamFile).vault()) {
            assertThat(reread.document().entries).anyMatch(e -> e.getName().equals("pf2"));
        }
    }

    @Test
    void acceptedMembersSaveAndAreNotAskedAboutAgainAfterLockAndUnlock() throws Exception {
        MemberTrustPresenter asked = openAndGetAsked();
        asked.accept();
        assertThat(asked.done.get()).isTrue();
        assertThat(desk.session.personal().hasUnsavedChanges())
                .as("the acceptance is saved in the personal vault")
                .isFalse();

        editAndSaveTeam("pf2");
        assertThat(desk.dialogs.errors).isEmpty();

        desk.session.lock();
        List<MemberTrustPresenter> askedLater = new ArrayList<>();
        VaultSession later = new VaultSession(new DirectTasks(), new FakeDialogs());
        later.opened(desk.alice.openPersonal());
        new TeamOpener(later, new DirectTasks(), desk.dialogs, (f, i, p) -> {}, askedLater::add)
                .reopen(desk.teamFile, TeamFixture.IDENTITY);
        try {
            assertThat(later.teamShown.get()).isTrue();
            assertThat(askedLater).isEmpty();
        } finally {
            later.lock();
        }
    }

    @Test
    void aTeamCreatedOnTheDesktopThenGivenAndRidOfAMemberAsksNothing() throws Exception {
        desk.unlocked();
        Path created = dir.resolve("ours").resolve("team.age");
        Files.createDirectories(created.getParent());
        TeamFormPresenter form =
                new TeamFormPresenter(TeamFormPresenter.Mode.CREATE, desk.session, desk.dialogs, desk.opener, dir);
        form.file.set(created);
        form.submit(TeamFixture.IDENTITY, "alice");
        assertThat(form.done.get()).isTrue();
        MembersPresenter members = new MembersPresenter(desk.session, desk.tasks, desk.dialogs, plan -> {});
        assertThat(members.unaccepted.get()).isNull();

        members.add("bob", desk.bob.recipient());
        assertThat(members.message.get()).isNull();
        assertThat(members.unaccepted.get()).isNull();
        editAndSaveTeam("pf2");
        desk.dialogs.confirmAnswer = true;
        members.remove(members.rows.get().stream()
                .filter(r -> r.name().equals("bob"))
                .findFirst()
                .orElseThrow());

        assertThat(desk.dialogs.errors).isEmpty();
        assertThat(members.unaccepted.get()).isNull();
        assertThat(desk.session.personal().hasUnsavedChanges()).isFalse();
        desk.session.lock();
        desk.session.opened(desk.alice.openPersonal());
        desk.opener.reopen(created, TeamFixture.IDENTITY);
        assertThat(desk.session.teamShown.get()).isTrue();
        assertThat(desk.trustQuestions).isEmpty();
    }

    @Test
    void addingAMemberIsRefusedWhileTheMembersAreNotAccepted() throws Exception {
        openAndGetAsked().notNow();
        MembersPresenter members = new MembersPresenter(desk.session, desk.tasks, desk.dialogs, plan -> {});
        byte[] before = Files.readAllBytes(desk.teamFile);

        members.add("carol", TeamFixture.member(dir.resolve("carol"), "carol").recipient());

        assertThat(members.message.get()).contains("members changed since you last accepted them");
        assertThat(Files.readAllBytes(desk.teamFile)).isEqualTo(before);
    }

    @Test
    void theQuestionAndTheRefusalHoldNoSecret() throws Exception {
        MemberTrustPresenter asked = openAndGetAsked();
        asked.notNow();
        editAndSaveTeam("pf2");
        List<String> shown = new ArrayList<>();
        shown.add(asked.intro);
        asked.rows.forEach(r -> shown.add(r.change() + r.name() + r.recipient()));
        desk.dialogs.errors.stream().map(Failure::summary).forEach(shown::add);
        shown.add(new MembersPresenter(desk.session, desk.tasks, desk.dialogs, plan -> {}).unaccepted.get());

        assertThat(String.join("\n", shown))
                .contains("bob")
                .doesNotContain(TeamDesk.CANARY)
                .doesNotContainIgnoringCase("AGE-SECRET-KEY");
    }

    @Test
    void aNameAndRecipientFromTheTeamFileAreShownWithoutTheirControlCharacters() throws Exception {
        desk.unlocked().openTeam();
        TrustedMembers.Member hostile = new TrustedMembers.Member("eve\u001b[2J\u202egnp.exe", "age1eve\u0007\r\n");

        MemberTrustPresenter asked = new MemberTrustPresenter(
                desk.session,
                desk.dialogs,
                desk.session.team.get(),
                new TrustedMembers.Difference(List.of(hostile), List.of(), false));

        MemberTrustPresenter.Row row = asked.rows.get(0);
        assertThat(row.name()).startsWith("eve").doesNotContain("\u001b", "\u202e");
        assertThat(row.recipient()).startsWith("age1eve").doesNotContain("\u0007", "\r", "\n");
    }

    private static java.awt.Component find(java.awt.Container in, String name) {
        for (java.awt.Component c : in.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
        }
        throw new AssertionError("no " + name);
    }
}
