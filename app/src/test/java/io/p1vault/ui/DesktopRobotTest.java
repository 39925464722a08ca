package io.p1vault.ui;

import io.p1vault.TestCredentials;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.TestApp;
import io.p1vault.vault.Vault;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;

import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.KeyEvent;
import javax.swing.JFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.finder.WindowFinder.findDialog;
import static org.assertj.swing.finder.WindowFinder.findFrame;

/**
 * The few flows worth driving with a robot (real windows, keyboard and mouse under Xvfb): the
 * rest of the desktop behaviour is tested through presenters and panels.
 */
@ExtendWith(GuiExtension.class)
class DesktopRobotTest {
    @TempDir
    Path dir;

    private static DialogFixture dialog(Robot robot, String name) {
        return findDialog(name).withTimeout(10_000).using(robot);
    }

    private static FrameFixture main(Robot robot) {
        return findFrame(new GenericTypeMatcher<>(JFrame.class) {
            @Override
            protected boolean isMatching(JFrame frame) {
                return "mainWindow".equals(frame.getName()) && frame.isShowing();
            }
        }).withTimeout(10_000).using(robot);
    }

    /** Waits (up to 10 s) for what a background task or a timer brings about. */
    static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(condition::getAsBoolean);
            }
        }, 10_000);
    }

    @Test
    void firstRunCreatesAVaultInTheDataFolder(Robot robot) throws Exception {
        TestApp app = new TestApp(dir, s -> { }).start();
        FrameFixture window = main(robot);
        assertThat(window.target().getTitle()).contains("p1vault");
        DialogFixture create = dialog(robot, "createDialog");
        create.textBox("create.location").requireText(app.directories.defaultVault().toString());
        create.textBox("create.passphrase").enterText(TestApp.PASSPHRASE);
        create.textBox("create.confirmation").enterText("something else");
        create.button("createDialog.ok").click();
        create.label("create.confirmError").requireVisible();
        create.textBox("create.confirmation").deleteText().enterText(TestApp.PASSPHRASE);
        create.button("createDialog.ok").click();
        waitFor("the vault to be created", () -> app.controller.session().vault.get() != null);
        window.label("status.saved").requireText("All saved");
        assertThat(Files.isRegularFile(app.directories.defaultVault())).isTrue();
        assertThat(app.controller.session().vault.get().path()).isEqualTo(app.directories.defaultVault());
    }

    @Test
    void unlockRefusesAWrongPassphraseThenLocksAndUnlocksByMenu(Robot robot) throws Exception {
        TestApp app = new TestApp(dir, TestApp.withVault(dir.resolve("v.age"))).start();
        FrameFixture window = main(robot);
        DialogFixture unlock = dialog(robot, "unlockDialog");
        unlock.textBox("unlock.passphrase").enterText("wrong");
        unlock.button("unlockDialog.ok").click();
        waitFor("the wrong passphrase to be refused", () -> unlock.label("unlock.message").target().isShowing());
        assertThat(unlock.label("unlock.message").text()).contains("Wrong passphrase");
        unlock.textBox("unlock.passphrase").deleteText().enterText(TestApp.PASSPHRASE);
        unlock.button("unlockDialog.ok").click();
        waitFor("the vault to unlock", () -> app.controller.session().vault.get() != null);
        window.panel("detail").requireVisible();

        window.menuItem("menu.vault.lock").click();
        waitFor("the vault to lock", () -> app.controller.session().vault.get() == null);
        window.panel("lockedPanel").requireVisible();
        assertThat(app.controller.session().vault.get()).isNull();

        window.button("locked.unlock").click();
        DialogFixture again = dialog(robot, "unlockDialog");
        again.textBox("unlock.passphrase").enterText(TestApp.PASSPHRASE);
        again.button("unlockDialog.ok").click();
        waitFor("the vault to unlock again", () -> app.controller.session().vault.get() != null);
        window.panel("detail").requireVisible();
    }

    @Test
    void addsACredentialByPasteAndAutoLocksWhenIdle(Robot robot) throws Exception {
        TestApp app = new TestApp(dir, TestApp.withVault(dir.resolve("v.age"))).start();
        FrameFixture window = main(robot);
        DialogFixture unlock = dialog(robot, "unlockDialog");
        unlock.textBox("unlock.passphrase").enterText(TestApp.PASSPHRASE);
        unlock.button("unlockDialog.ok").click();
        waitFor("the vault to unlock", () -> app.controller.session().vault.get() != null);

        window.menuItem("menu.entry.add.pingone-gateway-credential").click();
        DialogFixture add = dialog(robot, "entryDialog");
        add.textBox("entry.credential").enterText("not.a-credential");
        add.label("entry.credential.error").requireVisible();
        String credential = TestCredentials.pingFederate("c2lnbmF0dXJl");
        GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getSystemClipboard()
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
        waitFor("the vault to lock itself", () -> app.controller.session().file.get() != null
                && app.controller.session().vault.get() == null && !app.controller.session().busy.get());
        window.panel("lockedPanel").requireVisible();
        try (Vault v = Vault.open(dir.resolve("v.age"), TestApp.PASSPHRASE.toCharArray())) {
            assertThat(v.document().entries).extracting(e -> e.getName()).containsExactly("PF gateway");
        }
    }
}
