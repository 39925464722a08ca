package io.p1vault.ui;

import com.formdev.flatlaf.FlatLaf;
import io.p1vault.TestCredentials;
import io.p1vault.desktop.Settings;
import io.p1vault.desktop.SettingsStore;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.RobotSteps;
import io.p1vault.ui.testing.TestApp;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JTree;
import java.awt.Color;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.StringSelection;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static io.p1vault.ui.testing.RobotSteps.dialog;
import static io.p1vault.ui.testing.RobotSteps.main;
import static io.p1vault.ui.testing.RobotSteps.text;
import static io.p1vault.ui.testing.RobotSteps.waitFor;
import static io.p1vault.ui.testing.RobotSteps.waitOffEdt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The few flows worth driving with a robot (real windows, keyboard and mouse under Xvfb): the
 * rest of the desktop behaviour is tested through presenters and panels.
 */
@ExtendWith(GuiExtension.class)
class DesktopRobotTest {
    @TempDir
    Path dir;

    @Test
    void firstRunCreatesAVaultInTheDataFolder(Robot robot) throws Exception {
        TestApp app = new TestApp(dir, s -> {}).start();
        DialogFixture create = dialog(robot, "createDialog");
        create.textBox("create.location")
                .requireText(app.directories.defaultVault().toString());
        create.textBox("create.passphrase").enterText(TestApp.PASSPHRASE);
        create.textBox("create.confirmation").enterText("something else");
        create.button("createDialog.ok").click();
        create.label("create.confirmError").requireVisible();
        create.textBox("create.confirmation").deleteText().enterText(TestApp.PASSPHRASE);
        create.button("createDialog.ok").click();
        waitFor("the vault to be created", () -> app.controller.session().vault.get() != null);
        FrameFixture window = main(robot);
        assertThat(window.target().getTitle()).contains("p1vault");
        window.label("status.saved").requireText("All saved");
        assertThat(Files.isRegularFile(app.directories.defaultVault())).isTrue();
        assertThat(app.controller.session().vault.get().path()).isEqualTo(app.directories.defaultVault());
    }

    @Test
    void unlockRefusesAWrongPassphraseThenLocksAndUnlocksByMenu(Robot robot) throws Exception {
        TestApp app = new TestApp(dir, TestApp.withVault(dir.resolve("v.age"))).start();
        DialogFixture unlock = dialog(robot, "unlockDialog");
        // The unlock dialog is the first window; the main window is built while it shows, shown once it closes.
        waitFor("the main window to be built behind the dialog", () -> app.controller.window() != null);
        assertThat(GuiActionRunner.execute(() -> app.controller.window().isShowing()))
                .isFalse();
        unlock.textBox("unlock.passphrase").enterText("wrong");
        unlock.button("unlockDialog.ok").click();
        waitFor(
                "the wrong passphrase to be refused",
                () -> unlock.label("unlock.message").target().isShowing());
        assertThat(unlock.label("unlock.message").text()).contains("Wrong passphrase");
        unlock.textBox("unlock.passphrase").deleteText().enterText(TestApp.PASSPHRASE);
        unlock.button("unlockDialog.ok").click();
        waitFor("the vault to unlock", () -> app.controller.session().vault.get() != null);
        FrameFixture window = main(robot);
        window.panel("detail").requireVisible();

        window.menuItem("menu.vault.lock").click();
        waitFor("the vault to lock", () -> app.controller.session().vault.get() == null);
        window.panel("lockedPanel").requireVisible();
        assertThat(app.controller.session().vault.get()).isNull();

        window.button("locked.unlock").click();
        DialogFixture again = dialog(robot, "unlockDialog");
        again.textBox("unlock.passphrase").enterText(TestApp.PASSPHRASE);
        again.button("unlockDialog.ok").click();
        waitFor(
                "the vault to unlock again",
                () -> app.controller.session().vault.get() != null);
        window.panel("detail").requireVisible();
    }

    @Test
    void addsACredentialByPasteAndAutoLocksWhenIdle(Robot robot) throws Exception {
        TestApp app = new TestApp(dir, TestApp.withVault(dir.resolve("v.age"))).start();
        RobotSteps.unlock(robot, app);
        FrameFixture window = main(robot);

        window.menuItem("menu.entry.add.pingone-gateway-credential").click();
        DialogFixture add = dialog(robot, "entryDialog");
        add.textBox("entry.credential").enterText("not.a-credential");
        add.label("entry.credential.error").requireVisible();
        String credential = TestCredentials.pingFederate("c2lnbmF0dXJl");
        GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit()
                .getSystemClipboard()
                .setContents(new StringSelection(credential.substring(0, 40) + "\n" + credential.substring(40)), null));
        add.textBox("entry.credential").deleteText().focus();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_V);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        add.textBox("entry.name").requireText("PF gateway");
        add.button("entryDialog.ok").click();
        window.label("detail.name").requireText("PF gateway");
        window.label("status.saved").requireText("Unsaved changes");

        app.clock.advance(Duration.ofMinutes(6));
        waitFor(
                "the vault to lock itself",
                () -> app.controller.session().file.get() != null
                        && app.controller.session().vault.get() == null
                        && !app.controller.session().busy.get());
        window.panel("lockedPanel").requireVisible();
        // A copy, as the app releases the vault's lock in the background after locking.
        Path saved = Files.copy(dir.resolve("v.age"), dir.resolve("saved-copy.age"));
        try (Vault v = Vault.open(saved, TestApp.PASSPHRASE.toCharArray())) {
            assertThat(v.document().entries).extracting(e -> e.getName()).containsExactly("PF gateway");
        }
    }

    @Test
    void theEntryDialogClearsItsSecretFieldWhenItCloses(Robot robot) throws Exception {
        unlocked(robot);
        FrameFixture window = main(robot);

        window.menuItem("menu.entry.add.client-credentials").click();
        DialogFixture cancelled = dialog(robot, "entryDialog");
        JPasswordField typedThenCancelled =
                (JPasswordField) cancelled.textBox("entry.secret").target();
        cancelled.textBox("entry.secret").enterText("cancelled-secret");
        cancelled.button("entryDialog.cancel").click();
        waitFor("the cancelled dialog to close", () -> !cancelled.target().isShowing());

        window.menuItem("menu.entry.add.client-credentials").click();
        DialogFixture added = dialog(robot, "entryDialog");
        JPasswordField typedThenSaved =
                (JPasswordField) added.textBox("entry.secret").target();
        added.textBox("entry.name").enterText("crm");
        added.textBox("entry.clientId").enterText("crm-client");
        added.textBox("entry.secret").enterText("saved-secret");
        added.textBox("entry.tokenUrl").enterText("https://idp.example.com/token");
        added.button("entryDialog.ok").click();
        waitFor("the saved dialog to close", () -> !added.target().isShowing());
        window.label("detail.name").requireText("crm");

        assertThat(GuiActionRunner.execute(() -> typedThenCancelled.getPassword().length))
                .isZero();
        assertThat(GuiActionRunner.execute(() -> typedThenSaved.getPassword().length))
                .isZero();
    }

    /** The app on a vault holding a server "pf" (password "pf-password") and an application "billing", unlocked. */
    private TestApp unlocked(Robot robot) throws Exception {
        Path file = dir.resolve("v.age");
        try (Vault v = Vault.create(file, TestApp.PASSPHRASE.toCharArray(), 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addServer("pf", "https://pf.example.com:9999", "admin", "pf-password".toCharArray());
            editor.addApplication(
                    "billing",
                    "worker",
                    TestCredentials.ENVIRONMENT_ID,
                    "eu",
                    "client-1",
                    "basic",
                    "app-secret".toCharArray());
            v.save();
        }
        TestApp app = new TestApp(dir, s -> s.remember(file)).start();
        RobotSteps.unlock(robot, app);
        return app;
    }

    /** Selects through the presenter (tree clicks are what robots miss), then lets the detail form lay out. */
    private static void select(Robot robot, TestApp app, String name) {
        GuiActionRunner.execute(() -> app.controller
                .presenter()
                .selected
                .set(app.controller.session().editor().find(null, name).orElseThrow()));
        robot.waitForIdle();
    }

    @Test
    void editsAndDeletesAnEntryAndSavesWithTheShortcut(Robot robot) throws Exception {
        TestApp app = unlocked(robot);
        FrameFixture window = main(robot);
        select(robot, app, "pf");
        window.menuItem("menu.entry.edit").click();
        DialogFixture edit = dialog(robot, "entryDialog");
        edit.textBox("entry.username").requireText("admin").deleteText().enterText("operator");
        edit.button("entryDialog.ok").click();
        waitFor("the edit dialog to close", () -> !edit.target().isShowing());
        assertThat(((PingFederateServerEntry) app.controller
                                .session()
                                .editor()
                                .find(null, "pf")
                                .orElseThrow())
                        .getUsername())
                .isEqualTo("operator");
        window.textBox("detail.rows.User name").requireText("operator");

        window.menuItem("menu.entry.delete").click();
        JOptionPaneFinder.findOptionPane()
                .withTimeout(10_000)
                .using(robot)
                .buttonWithText("Delete")
                .click();
        waitFor(
                "the entry to go",
                () -> app.controller.session().editor().find(null, "pf").isEmpty());
        window.label("status.saved").requireText("Unsaved changes");
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_S).modifiers(InputEvent.CTRL_MASK));
        waitFor(
                "the save",
                () -> !app.controller.session().dirty.get()
                        && !app.controller.session().busy.get());
        window.label("status.saved").requireText("All saved");
    }

    @Test
    void theSearchFieldFiltersAsYouType(Robot robot) throws Exception {
        TestApp app = unlocked(robot);
        FrameFixture window = main(robot);
        JTree tree = (JTree) window.tree("entries").target();
        assertThat(GuiActionRunner.execute(tree::getRowCount)).isEqualTo(4);
        JLabel noMatch = robot.finder().findByName("entries.noMatch", JLabel.class, false);
        window.textBox("search").enterText("bill");
        waitFor("the filter", () -> tree.getRowCount() == 2 && !noMatch.isShowing());
        window.textBox("search").enterText("zzz");
        waitFor("no match", () -> tree.getRowCount() == 0 && noMatch.isShowing());
        window.textBox("search").deleteText();
        waitFor("all again", () -> tree.getRowCount() == 4);
    }

    @Test
    void aCopiedSecretIsClearedFromTheClipboardAfterTheDelay(Robot robot) throws Exception {
        TestApp app = unlocked(robot);
        FrameFixture window = main(robot);
        select(robot, app, "billing");
        window.menuItem("menu.entry.copySecret").click();
        Clipboard clipboard = Toolkit.getDefaultToolkit().getSystemClipboard();
        waitOffEdt("the secret on the clipboard", () -> "app-secret".equals(text(clipboard)));
        app.clock.advance(Duration.ofSeconds(29));
        Pause.pause(600);
        assertThat(text(clipboard)).isEqualTo("app-secret");
        app.clock.advance(Duration.ofSeconds(2));
        waitOffEdt("the clipboard to be cleared", () -> text(clipboard).isEmpty());
    }

    @Test
    void theThemeSwitchesLiveFromTheSettingsAndIsStored(Robot robot) throws Exception {
        TestApp app = unlocked(robot);
        FrameFixture window = main(robot);
        Color lightBackground = GuiActionRunner.execute(
                () -> ((JFrame) window.target()).getContentPane().getBackground());
        window.menuItem("menu.app.settings").click();
        DialogFixture settings = dialog(robot, "settingsDialog");
        settings.radioButton("settings.theme.dark").click();
        waitFor("the dark theme", () -> FlatLaf.isLafDark() && !Themes.switching());
        settings.button("settingsDialog.ok").click();
        waitFor("the settings to be stored", () -> {
            try {
                return new SettingsStore(app.directories.settingsFile()).load().theme == Settings.Theme.DARK;
            } catch (RuntimeException e) {
                return false;
            }
        });
        Color darkBackground = GuiActionRunner.execute(
                () -> ((JFrame) window.target()).getContentPane().getBackground());
        assertThat(darkBackground).isNotEqualTo(lightBackground);
        assertThat(darkBackground.getRed() + darkBackground.getGreen() + darkBackground.getBlue())
                .isLessThan(lightBackground.getRed() + lightBackground.getGreen() + lightBackground.getBlue());
        GuiActionRunner.execute(() -> Themes.switchTo(Settings.Theme.LIGHT));
        waitFor("the light theme again", () -> !FlatLaf.isLafDark() && !Themes.switching());
    }

    @Test
    void editsRunPropertiesWithoutAVaultKeepsEditsWhenClosedShowsTheDiffAndTheRestartReminder(Robot robot)
            throws Exception {
        Path runProperties = dir.resolve("run.properties");
        Files.writeString(runProperties, RunPropertiesPresenterTest.CONTENT);
        TestApp app = new TestApp(dir, TestApp.withVault(dir.resolve("v.age"))).start();
        dialog(robot, "unlockDialog").button("unlockDialog.cancel").click();
        FrameFixture window = main(robot);
        GuiActionRunner.execute(() -> app.controller.runProperties().open(runProperties));
        waitOffEdt(
                "run.properties to load",
                () -> runProperties.equals(app.controller.runProperties().file.get()));

        window.menuItem("menu.tools.runProperties").click();
        DialogFixture editor = dialog(robot, "runProperties");
        editor.button("runProperties.fill").requireDisabled();
        editor.textBox("runProperties.pf.admin.https.port")
                .requireText("9999")
                .deleteText()
                .enterText("99999");
        editor.label("runProperties.message.pf.admin.https.port").requireVisible();
        editor.button("runProperties.ok").requireDisabled();
        editor.textBox("runProperties.pf.admin.https.port").deleteText().enterText("9998");
        editor.button("runProperties.cancel").click();

        window.menuItem("menu.tools.runProperties").click();
        editor = dialog(robot, "runProperties");
        editor.textBox("runProperties.pf.admin.https.port").requireText("9998");
        editor.label("runProperties.unsaved").requireVisible();
        editor.button("runProperties.ok").click();
        DialogFixture preview = dialog(robot, "diffPreview");
        assertThat(preview.textBox("diffPreview.diff").text())
                .contains("-pf.admin.https.port=9999", "+pf.admin.https.port=9998");
        preview.button("diffPreview.ok").click();
        JOptionPaneFinder.findOptionPane()
                .withTimeout(10_000)
                .using(robot)
                .requireMessage(java.util.regex.Pattern.compile(".*Restart PingFederate.*"))
                .okButton()
                .click();

        assertThat(Files.readString(runProperties)).contains("pf.admin.https.port=9998\n");
        JLabel unsaved = robot.finder().findByName(editor.target(), "runProperties.unsaved", JLabel.class, false);
        assertThat(GuiActionRunner.execute(unsaved::isVisible)).isFalse();
    }
}
