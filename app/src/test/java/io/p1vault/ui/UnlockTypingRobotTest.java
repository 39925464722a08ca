package io.p1vault.ui;

import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.TestApp;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.awt.event.KeyEvent;
import java.nio.file.Path;

import static io.p1vault.ui.testing.RobotSteps.dialog;
import static io.p1vault.ui.testing.RobotSteps.waitFor;

/**
 * A returning user types the passphrase the moment the unlock dialog appears, without clicking
 * into it first: the keys must land in the passphrase field, not be lost to a dialog that is still
 * being built or to a window that has not taken the focus.
 */
@ExtendWith(GuiExtension.class)
class UnlockTypingRobotTest {
    @TempDir
    Path dir;

    @Test
    void typingAsSoonAsTheUnlockDialogIsVisibleUnlocks(Robot robot) {
        TestApp app = new TestApp(dir, TestApp.withVault(dir.resolve("v.age"))).start();
        dialog(robot, "unlockDialog");
        // No click, no wait: the real keyboard, straight away.
        robot.enterText(TestApp.PASSPHRASE);
        robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
        waitFor(
                "the vault to unlock from keys typed at once",
                () -> app.controller.session().vault.get() != null);
    }
}
