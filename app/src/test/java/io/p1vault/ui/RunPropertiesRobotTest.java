package io.p1vault.ui;

import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.RobotSteps;
import io.p1vault.ui.testing.TestApp;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComboBox;
import javax.swing.text.JTextComponent;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run.properties editor beside the main window: documented values from a list, edits shown
 * in the table and kept across a lock.
 */
@ExtendWith(GuiExtension.class)
class RunPropertiesRobotTest {
    @TempDir
    Path dir;

    @Test
    void theEditorStaysOpenBesideTheMainWindowAndKeepsItsEditsWhenTheVaultLocks(Robot robot) throws Exception {
        Path runProperties = dir.resolve("run.properties");
        Files.writeString(runProperties, RunPropertiesPresenterTest.CONTENT);
        TestApp app = new TestApp(dir, TestApp.withVault(dir.resolve("v.age"))).start();
        RobotSteps.unlock(robot, app);
        FrameFixture window = RobotSteps.main(robot);
        GuiActionRunner.execute(() -> app.controller.runProperties().open(runProperties));
        RobotSteps.waitOffEdt(
                "run.properties to load",
                () -> runProperties.equals(app.controller.runProperties().file.get()));

        window.menuItem("menu.tools.runProperties").click();
        DialogFixture editor = RobotSteps.dialog(robot, "runProperties");
        editor.comboBox("runProperties.pf.operational.mode").selectItem("CLUSTERED_CONSOLE");
        editor.table("runProperties.table").requireCellValue(TableCell.row(2).column(1), "CLUSTERED_CONSOLE");
        editor.label("runProperties.editedLegend").requireVisible();
        // An owned window stays above its owner: move the editor off the main window's menu bar.
        editor.moveTo(
                new java.awt.Point(window.target().getX() + 200, window.target().getY() + 200));

        window.menuItem("menu.vault.lock").click();
        RobotSteps.waitFor(
                "the vault to lock and the editor to close",
                () -> app.controller.session().vault.get() == null
                        && !editor.target().isShowing());

        window.menuItem("menu.tools.runProperties").click();
        // The same window shown again, which the robot's window finder no longer tracks once disposed.
        RobotSteps.waitFor(
                "the editor to show again with the edit",
                () -> java.util.Arrays.stream(java.awt.Window.getWindows())
                        .filter(w -> "runProperties".equals(w.getName()) && w.isShowing())
                        .map(w -> (JComboBox<?>) find(w, "runProperties.pf.operational.mode"))
                        .anyMatch(mode -> "CLUSTERED_CONSOLE"
                                .equals(((JTextComponent) mode.getEditor().getEditorComponent()).getText())));
        assertThat(GuiActionRunner.execute(
                        () -> app.controller.runProperties().dirty.get()))
                .isTrue();
        assertThat(Files.readString(runProperties)).isEqualTo(RunPropertiesPresenterTest.CONTENT);
    }

    private static java.awt.Component find(java.awt.Container root, String name) {
        for (java.awt.Component c : root.getComponents()) {
            java.awt.Component found =
                    name.equals(c.getName()) ? c : c instanceof java.awt.Container inner ? find(inner, name) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
