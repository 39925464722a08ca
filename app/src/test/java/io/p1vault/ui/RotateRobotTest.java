package io.p1vault.ui;

import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.RotationVault;
import io.p1vault.ui.testing.TestApp;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.swing.JList;
import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.p1vault.ui.testing.RobotSteps.dialog;
import static io.p1vault.ui.testing.RobotSteps.main;
import static io.p1vault.ui.testing.RobotSteps.unlock;
import static io.p1vault.ui.testing.RobotSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Entry › Rotate through PingOne… driven by a robot against both stand-ins, to the old credential revoked. */
@ExtendWith(GuiExtension.class)
class RotateRobotTest {
    @TempDir
    Path dir;

    private RotationVault stands;

    @BeforeEach
    void startStandIns() throws Exception {
        stands = new RotationVault(false);
    }

    @AfterEach
    void stopStandIns() {
        stands.close();
    }

    @Test
    void rotatesTheSelectedCredentialAndShowsEachStep(Robot robot) throws Exception {
        Path vault = stands.vault(dir.resolve("v.age"));
        TestApp app = new TestApp(dir, s -> s.remember(vault)).start();
        unlock(robot, app);
        String oldId = credential(app).getClaims().jti;
        GuiActionRunner.execute(() -> app.controller.presenter().selected.set(credential(app)));
        robot.waitForIdle();

        FrameFixture window = main(robot);
        window.menuItem("menu.entry.rotate").requireEnabled().click();
        DialogFixture rotate = dialog(robot, "rotateDialog");
        JList<?> steps = rotate.list("rotate.steps").target();
        assertThat(steps.getModel().getSize()).isEqualTo(6);
        rotate.checkBox("rotate.revokeOld").click().requireSelected();
        rotate.button("rotateDialog.ok").requireEnabled().click();

        waitFor(
                "the rotation to finish",
                () -> "revoke: done".equals(steps.getModel().getElementAt(5)));
        rotate.label("rotate.message")
                .requireText(
                        java.util.regex.Pattern.compile(".*Rotated: &quot;gw&quot; now holds the new credential.*"));
        save(rotate.target(), Path.of("target", "screenshots", "rotate-dialog.png"));
        rotate.button("rotateDialog.cancel").click();
        waitFor(
                "the vault to be saved",
                () -> !app.controller.session().dirty.get()
                        && !app.controller.session().busy.get());
        assertThat(credential(app).getClaims().jti).isNotEqualTo(oldId);
        assertThat(stands.pingOne.credentialIds()).doesNotContain(oldId).hasSize(1);
    }

    private static GatewayCredentialEntry credential(TestApp app) {
        return (GatewayCredentialEntry) app.controller
                .session()
                .editor()
                .find(null, RotationVault.CREDENTIAL)
                .orElseThrow();
    }

    /** The dialog as painted, for the README and to look at. */
    private static void save(Component dialog, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage painted =
                    new BufferedImage(dialog.getWidth(), dialog.getHeight(), BufferedImage.TYPE_INT_RGB);
            dialog.paintAll(painted.getGraphics());
            return painted;
        });
        ImageIO.write(image, "png", file.toFile());
    }
}
