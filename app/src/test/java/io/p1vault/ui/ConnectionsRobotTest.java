package io.p1vault.ui;

import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.RobotSteps;
import io.p1vault.ui.testing.StandInVault;
import io.p1vault.ui.testing.TestApp;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JButton;
import javax.swing.JLabel;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static io.p1vault.ui.testing.RobotSteps.dialog;
import static io.p1vault.ui.testing.RobotSteps.main;
import static io.p1vault.ui.testing.RobotSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PingFederate screens driven by a robot against the stand-in: push a credential, replace it
 * and disable the connection from the browser, and a refused name shown under its field.
 */
@ExtendWith(GuiExtension.class)
class ConnectionsRobotTest {
    @TempDir
    Path dir;

    private StandInVault pf;

    @BeforeEach
    void startStandIn() throws Exception {
        pf = new StandInVault();
    }

    @AfterEach
    void stopStandIn() {
        pf.close();
    }

    private TestApp unlocked(Robot robot, Path vault) {
        TestApp app = new TestApp(dir, s -> s.remember(vault)).start();
        RobotSteps.unlock(robot, app);
        return app;
    }

    /** Says Send in the request preview, after checking it shows the credential masked. */
    private static void send(Robot robot) {
        DialogFixture preview = dialog(robot, "requestPreview");
        String request = preview.textBox("requestPreview.request").text();
        assertThat(request).doesNotContain(StandInVault.SIGNATURE).doesNotContain(StandInVault.PASSWORD);
        // A click on a window the window manager has not activated yet can be lost.
        waitFor("the preview to be active", () -> preview.target().isActive());
        preview.button("requestPreview.ok").click();
        waitFor("the preview to close", () -> !preview.target().isShowing());
    }

    @Test
    void pushesACredentialAfterThePreviewAndTheDetailPanelShowsTheDeployment(Robot robot) throws Exception {
        TestApp app = unlocked(robot, pf.vault(dir.resolve("v.age"), "jti-a"));
        FrameFixture window = main(robot);
        GuiActionRunner.execute(() -> app.controller
                .presenter()
                .selected
                .set(app.controller.session().editor().find(null, "jti-a").orElseThrow()));
        robot.waitForIdle();
        JButton pushButton =
                robot.finder().findByName(window.target(), "detail.action.entry.push", JButton.class, false);
        javax.swing.JMenuItem pushItem = window.menuItem("menu.entry.push").target();
        assertThat(GuiActionRunner.execute(
                        () -> pushButton.isEnabled() && pushButton.getAction() == pushItem.getAction()))
                .as("the detail form offers the push")
                .isTrue();
        window.menuItem("menu.entry.push").click();
        DialogFixture push = dialog(robot, "pushDialog");
        waitFor(
                "the server's connections to be read",
                () -> push.button("pushDialog.ok").target().isEnabled());
        push.textBox("push.name.text").requireText("Gateway jti-a");
        push.textBox("push.description").enterText("pushed by the robot");
        push.button("pushDialog.ok").click();

        DialogFixture preview = dialog(robot, "requestPreview");
        assertThat(preview.textBox("requestPreview.changes").text())
                .contains("create the PingOne connection \"Gateway jti-a\"");
        assertThat(preview.textBox("requestPreview.request").text())
                .contains("POST /pf-admin-api/v1/pingOneConnections", "\"credential\" : \"********\"");
        send(robot);

        JOptionPaneFinder.findOptionPane()
                .withTimeout(10_000)
                .using(robot)
                .requireMessage(Pattern.compile("Created the PingOne connection \"Gateway jti-a\" on stand-in.*"))
                .okButton()
                .click();
        assertThat(pf.writes()).extracting(r -> r.method()).containsExactly("POST");
        waitFor(
                "the vault to be saved",
                () -> !app.controller.session().dirty.get()
                        && !app.controller.session().busy.get());
        window.textBox("detail.rows.Deployed to")
                .requireText(Pattern.compile("stand-in, connection \"Gateway jti-a\".*active.*"));
    }

    @Test
    void replacesTheCredentialThenDisablesTheConnectionFromTheBrowser(Robot robot) throws Exception {
        TestApp app = unlocked(
                robot,
                pf.vault(dir.resolve("v.age"), editor -> pf.push(editor, "jti-a", "Workforce"), "jti-a", "jti-b"));
        FrameFixture window = main(robot);
        window.menuItem("menu.tools.connections").click();
        DialogFixture browser = dialog(robot, "connectionsDialog");
        JTableFixture table = browser.table("connections.table");
        waitFor("the connections", () -> table.target().getRowCount() == 1);
        table.requireCellValue(org.assertj.swing.data.TableCell.row(0).column(5), "jti-a");
        table.selectRows(0);

        browser.button("connections.replace").click();
        browser.menuItem("connections.credential.jti-b").click();
        DialogFixture preview = dialog(robot, "requestPreview");
        assertThat(preview.textBox("requestPreview.changes").text())
                .contains("replace PingOne credential jti-a with jti-b");
        send(robot);
        waitFor(
                "the browser to show jti-b",
                () -> table.target().getRowCount() == 1
                        && "jti-b".equals(table.target().getValueAt(0, 5)));
        browser.label("connections.message").requireText(Pattern.compile(".*Replaced the credential.*"));

        table.selectRows(0);
        browser.button("connections.disable").requireEnabled().click();
        preview = dialog(robot, "requestPreview");
        assertThat(preview.textBox("requestPreview.changes").text()).contains("active: true -> false");
        send(robot);
        waitFor(
                "the connection to be disabled",
                () -> table.target().getRowCount() == 1
                        && Boolean.FALSE.equals(table.target().getValueAt(0, 3)));
        assertThat(pf.writes()).extracting(r -> r.method()).containsExactly("POST", "PUT", "PUT");
        GatewayCredentialEntry b =
                StandInVault.credential(app.controller.session().editor(), "jti-b");
        assertThat(b.getDeployments()).singleElement().extracting(d -> d.state).isEqualTo("inactive");
        waitFor(
                "the vault to be saved",
                () -> !app.controller.session().dirty.get()
                        && !app.controller.session().busy.get());
    }

    @Test
    void aNamePingFederateRefusesIsShownUnderTheNameField(Robot robot) throws Exception {
        unlocked(
                robot,
                pf.vault(
                        dir.resolve("v.age"),
                        editor -> {
                            pf.push(editor, "jti-a", "Workforce");
                            pf.push(editor, "jti-b", "Customers");
                        },
                        "jti-a",
                        "jti-b"));
        FrameFixture window = main(robot);
        window.menuItem("menu.tools.connections").click();
        DialogFixture browser = dialog(robot, "connectionsDialog");
        JTableFixture table = browser.table("connections.table");
        waitFor("the connections", () -> table.target().getRowCount() == 2);
        table.selectRows(table.cell("Customers").row());
        browser.button("connections.edit").click();

        DialogFixture edit = dialog(robot, "editConnection");
        edit.textBox("editConnection.name")
                .requireText("Customers")
                .deleteText()
                .enterText("WORKFORCE");
        edit.button("editConnection.ok").click();
        send(robot);

        JLabel nameError = robot.finder().findByName(edit.target(), "editConnection.name.error", JLabel.class, false);
        waitFor("the refusal under the name", nameError::isShowing);
        // The label wraps the message as escaped HTML; its accessible name is the message as shown.
        assertThat(GuiActionRunner.execute(
                        () -> nameError.getAccessibleContext().getAccessibleName()))
                .contains("A PingOne connection named 'WORKFORCE' already exists");
        edit.label("editConnection.message").requireText(Pattern.compile(".*not changed.*beside their fields.*"));
        edit.textBox("editConnection.name").requireText("WORKFORCE");
        assertThat(edit.target().isShowing()).isTrue();
    }
}
