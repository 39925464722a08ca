package io.p1vault.ui;

import io.p1vault.TestCredentials;
import io.p1vault.model.Entry;
import io.p1vault.ui.main.MainPresenter;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.TestApp;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.team.TeamVault;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.p1vault.ui.testing.RobotSteps.active;
import static io.p1vault.ui.testing.RobotSteps.dialog;
import static io.p1vault.ui.testing.RobotSteps.main;
import static io.p1vault.ui.testing.RobotSteps.unlock;
import static io.p1vault.ui.testing.RobotSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Team › Open team vault… driven by a robot: the team vault opens beside the personal one, marked as shared. */
@ExtendWith(GuiExtension.class)
class TeamRobotTest {
    @TempDir
    Path dir;

    @Test
    void opensATeamVaultBesideThePersonalOneAndSwitchesBetweenThem(Robot robot) throws Exception {
        Path personal = dir.resolve("vault.age");
        Path team = Files.createDirectories(dir.resolve("ops")).resolve("team.age");
        try (Vault v = Vault.create(personal, TestApp.PASSPHRASE.toCharArray(), 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addNewIdentity("work key");
            editor.addServer("my lab", "https://lab.example.com:9999", "admin", "pw".toCharArray());
            v.save();
            try (Vault shared = TeamVault.create(team, v, "work key", "alice").vault()) {
                VaultEditor teamEditor = new VaultEditor(shared);
                teamEditor.addServer("prod pf", "https://pf.example.com:9999", "admin", "pw".toCharArray());
                teamEditor.addGatewayCredential(
                        "prod gateway", TestCredentials.pingFederate("c2ln").toCharArray());
                shared.save();
            }
        }
        TestApp app = new TestApp(dir, s -> s.remember(personal)).start();
        unlock(robot, app);
        FrameFixture window = main(robot);
        assertThat(showing(robot, "vaultSwitcher"))
                .as("no switcher before a team vault is open")
                .isFalse();

        window.menuItem("menu.team.open").click();
        DialogFixture form = active(dialog(robot, "teamForm"));
        form.comboBox("team.identity").requireSelection("work key");
        form.textBox("team.file").setText(team.toString());
        form.button("teamForm.ok").click();
        waitFor(
                "the team vault to show",
                () -> app.controller.session().teamShown.get());

        // Made by another program, so this personal vault never accepted its members: the desktop asks.
        DialogFixture trust = active(dialog(robot, "memberTrustDialog"));
        trust.label("trust.name.0").requireText("alice");
        save(trust.target(), Path.of("target", "screenshots", "team-member-trust.png"));
        trust.button("memberTrustDialog.ok").click();
        waitFor(
                "the acceptance to be saved",
                () -> !app.controller.session().personal().hasUnsavedChanges()
                        && !app.controller.session().busy.get());

        MainPresenter presenter = app.controller.presenter();
        waitFor("its entries in the tree", () -> names(presenter).equals(List.of("prod gateway", "prod pf")));
        window.comboBox("vaultSwitcher.choice").requireSelection("Team — team.age");
        window.label("vaultSwitcher.shared").requireVisible().requireText("Shared with 1 member");
        window.menuItem("menu.vault.passphrase").requireDisabled();
        GuiActionRunner.execute(() -> presenter.selected.set(
                app.controller.session().editor().find(null, "prod pf").orElseThrow()));
        save(window.target(), Path.of("target", "screenshots", "team-vault.png"));

        window.comboBox("vaultSwitcher.choice").selectItem("Personal — vault.age");
        waitFor("the personal vault to show", () -> names(presenter).equals(List.of("my lab", "work key")));
        assertThat(showing(robot, "vaultSwitcher.shared")).isFalse();
        assertThat(app.controller.session().teamOpen.get()).isTrue();
        assertThat(app.controller.settings().teamIdentity).isEqualTo("work key");

        window.comboBox("vaultSwitcher.choice").selectItem(1);
        waitFor(
                "the team vault to show again",
                () -> app.controller.session().teamShown.get());
        SwingUtilities.invokeLater(app.controller::showTeamMembers);
        DialogFixture members = active(dialog(robot, "membersDialog"));
        assertThat(members.table("members.table").contents()[0][0]).isEqualTo("alice (you)");
        save(members.target(), Path.of("target", "screenshots", "team-members.png"));
        members.button("membersDialog.cancel").click();
    }

    private static boolean showing(Robot robot, String name) {
        Component component = robot.finder().findByName(name, false);
        return GuiActionRunner.execute(component::isShowing);
    }

    private static List<String> names(MainPresenter presenter) {
        return presenter.groups.get().stream()
                .flatMap(g -> g.entries().stream())
                .map(Entry::getName)
                .sorted()
                .toList();
    }

    /** The window as painted, to look at and for the docs. */
    private static void save(Component component, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage painted =
                    new BufferedImage(component.getWidth(), component.getHeight(), BufferedImage.TYPE_INT_RGB);
            component.paintAll(painted.getGraphics());
            return painted;
        });
        ImageIO.write(image, "png", file.toFile());
    }
}
