package io.p1vault.ui.pingfederate;

import io.p1vault.model.CertificatePin;
import io.p1vault.model.EntryKind;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.TestApp;
import io.p1vault.vault.Vault;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.p1vault.ui.testing.RobotSteps.active;
import static io.p1vault.ui.testing.RobotSteps.dialog;
import static io.p1vault.ui.testing.RobotSteps.main;
import static io.p1vault.ui.testing.RobotSteps.unlock;
import static io.p1vault.ui.testing.RobotSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** PingFederate servers in the desktop app against the stand-in: adding, trusting, a changed certificate, the menu stand-in. */
@ExtendWith(GuiExtension.class)
class ServerRobotTest {
    @TempDir
    Path dir;

    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
    }

    private PingFederateStandIn standIn() throws Exception {
        PingFederateStandIn standIn = PingFederateStandIn.start(0, "stand-in admin password".toCharArray());
        closing.add(standIn);
        return standIn;
    }

    private static PingFederateServerEntry server(TestApp app, String name) {
        return GuiActionRunner.execute(() -> (PingFederateServerEntry) app.controller
                .session()
                .editor()
                .find(EntryKind.PINGFEDERATE_SERVER, name)
                .orElseThrow());
    }

    private static boolean showing(Robot robot, DialogFixture dialog, String name) {
        java.awt.Component c = robot.finder().findByName(dialog.target(), name, java.awt.Component.class, false);
        return GuiActionRunner.execute(c::isShowing);
    }

    /** All the text of a dialog's labels and text areas, for checking what the user reads. */
    private static String text(DialogFixture dialog) {
        return GuiActionRunner.execute(
                () -> collect(dialog.target(), new StringBuilder()).toString());
    }

    private static StringBuilder collect(Container c, StringBuilder into) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JLabel l && l.isShowing()) {
                into.append(l.getText()).append('\n');
            } else if (child instanceof javax.swing.text.JTextComponent t && t.isShowing()) {
                into.append(t.getText()).append('\n');
            }
            if (child instanceof Container inner) {
                collect(inner, into);
            }
        }
        return into;
    }

    @Test
    void addsAServerTrustsItsCertificateAndThenRefusesAChangedOne(Robot robot) throws Exception {
        PingFederateStandIn standIn = standIn();
        TestApp app = new TestApp(dir, TestApp.withVault(dir.resolve("v.age"))).start();
        unlock(robot, app);
        FrameFixture window = main(robot);

        window.menuItem("menu.entry.add.pingfederate-server").click();
        DialogFixture add = dialog(robot, "entryDialog");
        add.textBox("entry.name").enterText("lab");
        add.textBox("entry.url").enterText(standIn.adminUrl());
        assertThat(showing(robot, add, "entry.clientId")).isFalse();
        add.comboBox("entry.authType").selectItem(1);
        assertThat(showing(robot, add, "entry.clientId")).isTrue();
        assertThat(showing(robot, add, "entry.tokenUrl")).isTrue();
        assertThat(showing(robot, add, "entry.username")).isFalse();
        add.comboBox("entry.authType").selectItem(0);
        add.textBox("entry.username").enterText(PingFederateStandIn.ADMIN_USER);
        add.textBox("entry.secret").enterText("stand-in admin password");
        add.button("entryDialog.ok").click();

        DialogFixture trust = active(dialog(robot, "certificate"));
        String shown = text(trust);
        assertThat(shown)
                .contains(CertificateRows.twoLines(standIn.certificate().sha256()), "self-signed", "Trusting means");
        assertThat(shown).doesNotContain("stand-in admin password");
        trust.button("certificate.ok").requireEnabled().click();

        DialogFixture test = active(dialog(robot, "serverTest"));
        waitFor("the test to finish", () -> !showing(robot, test, "serverTest.progress"));
        assertThat(text(test))
                .contains(
                        PingFederateStandIn.VERSION,
                        "Accepted (admin user administrator)",
                        "you pinned it for this server");
        test.button("serverTest.cancel").click();
        assertThat(server(app, "lab").getCertificatePins().stream()
                        .map(CertificatePin::value)
                        .toList())
                .containsExactly(standIn.certificate().spkiSha256());
        assertThat(server(app, "lab").getLastVersion()).isEqualTo(PingFederateStandIn.VERSION);

        String before = standIn.certificate().spkiSha256();
        standIn.rotateCertificate();
        active(window).menuItem("menu.entry.testServer").click();
        DialogFixture changed = active(dialog(robot, "certificate"));
        assertThat(changed.target().getTitle()).startsWith("WARNING");
        assertThat(text(changed))
                .contains(
                        CertificateRows.twoLines(before),
                        CertificateRows.twoLines(standIn.certificate().sha256()),
                        "intercepting");
        changed.button("certificate.ok").requireDisabled();
        String defaultButton = GuiActionRunner.execute(() -> ((javax.swing.JDialog) changed.target())
                .getRootPane()
                .getDefaultButton()
                .getName());
        assertThat(defaultButton)
                .as("Enter must not trust a changed certificate")
                .isEqualTo("certificate.cancel");
        changed.checkBox("certificate.checked").click();
        changed.button("certificate.ok").requireEnabled();
        changed.button("certificate.cancel").click();

        DialogFixture refused = active(dialog(robot, "serverTest"));
        waitFor("the refusal to show", () -> showing(robot, refused, "serverTest.failure"));
        assertThat(refused.label("serverTest.failure").text()).contains("was not trusted, so nothing was sent");
        refused.button("serverTest.cancel").click();
        assertThat(server(app, "lab").getCertificatePins().stream()
                        .map(CertificatePin::value)
                        .toList())
                .containsExactly(before);
        GuiActionRunner.execute(app.controller::save);
        waitFor("the save", () -> !app.controller.session().dirty.get());
        Path copy = Files.copy(dir.resolve("v.age"), dir.resolve("copy.age"));
        try (Vault saved = Vault.open(copy, TestApp.PASSPHRASE.toCharArray())) {
            assertThat(((PingFederateServerEntry) saved.document().entries.get(0))
                            .getCertificatePins().stream()
                                    .map(CertificatePin::value)
                                    .toList())
                    .containsExactly(before);
        }
    }

    @Test
    void tryItWithoutAServerStartsTheStandInAndAddsATrustedEntry(Robot robot) throws Exception {
        TestApp app = new TestApp(dir, TestApp.withVault(dir.resolve("v.age"))).start();
        unlock(robot, app);
        FrameFixture window = main(robot);

        window.menuItem("menu.tools.tryStandIn").click();
        JOptionPaneFinder.findOptionPane()
                .withTimeout(10_000)
                .using(robot)
                .requireMessage(java.util.regex.Pattern.compile("(?s).*It is NOT PingFederate.*"))
                .okButton()
                .click();
        PingFederateServerEntry entry = server(app, StandInLauncher.ENTRY_NAME);
        assertThat(entry.getNotes()).startsWith("STAND-IN, not PingFederate");
        assertThat(GuiActionRunner.execute(
                        () -> app.controller.presenter().selected.get()))
                .isSameAs(entry);
        assertThat(app.controller.session().dirty.get()).isFalse();

        active(window).menuItem("menu.entry.testServer").click();
        DialogFixture test = active(dialog(robot, "serverTest"));
        waitFor("the test to finish", () -> !showing(robot, test, "serverTest.progress"));
        assertThat(text(test)).contains(PingFederateStandIn.VERSION);
        test.button("serverTest.cancel").click();
    }
}
