package io.p1vault.ui;

import io.p1vault.model.HistoryRecord;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.RobotSteps;
import io.p1vault.ui.testing.StandInVault;
import io.p1vault.ui.testing.TestApp;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static io.p1vault.ui.testing.RobotSteps.dialog;
import static io.p1vault.ui.testing.RobotSteps.main;
import static io.p1vault.ui.testing.RobotSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** Tools › Cluster status… driven by a robot against a clustered stand-in: the nodes, the engines behind, Replicate. */
@ExtendWith(GuiExtension.class)
class ClusterRobotTest {
    @TempDir
    Path dir;

    private StandInVault pf;

    @BeforeEach
    void startStandIn() throws Exception {
        pf = new StandInVault(true);
    }

    @AfterEach
    void stopStandIn() {
        pf.close();
    }

    @Test
    void clusterStatusShowsTheEnginesBehindAndReplicateBringsThemUpToDate(Robot robot) throws Exception {
        Path vault = pf.vault(dir.resolve("v.age"), editor -> pf.push(editor, "jti-a", "Workforce"), "jti-a");
        TestApp app = new TestApp(dir, s -> s.remember(vault)).start();
        RobotSteps.unlock(robot, app);

        FrameFixture window = main(robot);
        window.menuItem("menu.tools.clusterStatus").click();
        DialogFixture status = dialog(robot, "clusterDialog");
        JTableFixture nodes = status.table("cluster.table");
        waitFor("the nodes", () -> nodes.target().getRowCount() == 3);
        assertThat(nodes.target().getValueAt(1, 1)).isEqualTo("CLUSTERED_ENGINE");
        assertThat(nodes.target().getValueAt(1, 4)).isEqualTo("OUT_OF_DATE");
        status.label("cluster.banner.warning")
                .requireText(Pattern.compile(".*2 engine nodes have not received this change.*"));
        status.label("cluster.summary").requireText(Pattern.compile("Clustered: 3 nodes \\(1 console, 2 engines\\).*"));

        waitFor("the dialog to be active", () -> status.target().isActive());
        status.button("cluster.banner.replicate").requireEnabled().click();

        waitFor(
                "the engines to be up to date",
                () -> nodes.target().getRowCount() == 3
                        && "SUCCEEDED".equals(nodes.target().getValueAt(1, 4))
                        && "SUCCEEDED".equals(nodes.target().getValueAt(2, 4)));
        status.label("cluster.banner.note")
                .requireText(Pattern.compile(".*Replicated the configuration of stand-in to 2 engine nodes.*"));
        assertThat(pf.writes())
                .extracting(r -> r.method() + " " + r.path())
                .endsWith("POST /pf-admin-api/v1/cluster/replicate");
        waitFor(
                "the vault to be saved",
                () -> !app.controller.session().dirty.get()
                        && !app.controller.session().busy.get());
        List<HistoryRecord> history = app.controller.session().vault.get().document().history;
        assertThat(history.get(history.size() - 1).detail).startsWith("replicated the configuration of \"stand-in\"");
    }
}
