package io.p1vault.ui;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.RobotSteps;
import io.p1vault.ui.testing.TestApp;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultExport;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.p1vault.ui.testing.RobotSteps.dialog;
import static io.p1vault.ui.testing.RobotSteps.main;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and import driven by a robot: vault A exports to an identity held by vault B, and B
 * imports, where one entry conflicts, keeping its own entry once and taking A's once.
 */
@ExtendWith(GuiExtension.class)
class ExchangeRobotTest {
    @TempDir
    Path dir;

    /** A's server "pf" (password "theirs-pf") conflicts with B's (password "mine-pf"); A's "billing" is new to B. */
    private Path vaultA() throws Exception {
        Path file = dir.resolve("a/data/a.age");
        Files.createDirectories(file.getParent());
        try (Vault v = Vault.create(file, TestApp.PASSPHRASE.toCharArray(), 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addServer("pf", "https://pf.example.com:9999", "admin", "theirs-pf".toCharArray());
            editor.addApplication(
                    "billing",
                    "worker",
                    io.p1vault.TestCredentials.ENVIRONMENT_ID,
                    "eu",
                    "client-1",
                    "basic",
                    "theirs-billing".toCharArray());
            v.save();
        }
        return file;
    }

    private Path vaultB(boolean withIdentity) throws Exception {
        Path file = dir.resolve("b/data/b.age");
        Files.createDirectories(file.getParent());
        try (Vault v = Vault.create(file, TestApp.PASSPHRASE.toCharArray(), 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addServer("pf", "https://pf.example.com:9999", "admin", "mine-pf".toCharArray());
            if (withIdentity) {
                editor.addNewIdentity("me");
            }
            v.save();
        }
        return file;
    }

    /** Starts the app on {@code vault} and unlocks it. */
    private TestApp open(Robot robot, Path vault) {
        TestApp app = new TestApp(vault.getParent().getParent(), s -> s.remember(vault)).start();
        RobotSteps.unlock(robot, app);
        return app;
    }

    private static void close(TestApp app) {
        GuiActionRunner.execute(app.controller::shutDown);
    }

    private static void chooseFile(Robot robot, Path file) {
        JFileChooserFixture chooser =
                JFileChooserFinder.findFileChooser().withTimeout(10_000).using(robot);
        chooser.fileNameTextBox().setText(file.toString());
        chooser.approve();
    }

    private static void okInfo(Robot robot, String message) {
        JOptionPaneFinder.findOptionPane()
                .withTimeout(10_000)
                .using(robot)
                .requireMessage(Pattern.compile("(?s).*" + Pattern.quote(message) + ".*"))
                .okButton()
                .click();
    }

    /** B generates its identity, copies the recipient and saves; A exports to the pasted recipient. */
    @Test
    void anExportToAnIdentityGeneratedInTheOtherVaultImportsKeepingMine(Robot robot) throws Exception {
        Path a = vaultA();
        Path b = vaultB(false);
        TestApp appB = open(robot, b);
        FrameFixture window = main(robot);
        window.menuItem("menu.entry.add.age-identity").click();
        DialogFixture add = dialog(robot, "entryDialog");
        add.textBox("entry.name").enterText("me");
        add.button("entryDialog.ok").click();
        window.label("detail.name").requireText("me");
        window.button("detail.rows.copy.Recipient (public)").click();
        String recipient = ((AgeIdentityEntry) GuiActionRunner.execute(
                        () -> appB.controller.presenter().selected.get()))
                .getRecipient();
        okInfo(robot, recipient);
        RobotSteps.waitOffEdt("the recipient on the clipboard", () -> recipient.equals(clipboardText()));
        window.menuItem("menu.vault.save").click();
        RobotSteps.waitFor(
                "the save",
                () -> !appB.controller.session().dirty.get()
                        && !appB.controller.session().busy.get());
        close(appB);

        TestApp appA = open(robot, a);
        main(robot).menuItem("menu.vault.export").click();
        DialogFixture export = dialog(robot, "exportDialog");
        export.textBox("export.pasted").focus();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_V);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        export.textBox("export.pasted").requireText(recipient);
        export.button("export.browse").click();
        Path file = dir.resolve("to-b.age");
        chooseFile(robot, file);
        export.label("export.file").requireText(file.toString());
        export.button("exportDialog.ok").click();
        okInfo(robot, "2 entries were exported to " + file);
        assertThat(Files.exists(file)).isTrue();
        close(appA);

        importInto(robot, b, file, "skip");

        assertThat(servers(b)).containsExactly(Map.entry("pf", "mine-pf"));
        assertThat(secretOf(b, "billing")).isEqualTo("theirs-billing");
    }

    @Test
    void anExportImportsTakingTheirs(Robot robot) throws Exception {
        Path a = vaultA();
        Path b = vaultB(true);
        Path file = dir.resolve("to-b.age");
        try (Vault receiver = Vault.open(b, TestApp.PASSPHRASE.toCharArray());
                Vault sender = Vault.open(a, TestApp.PASSPHRASE.toCharArray())) {
            String recipient =
                    ((AgeIdentityEntry) new VaultEditor(receiver).require(EntryKind.AGE_IDENTITY, "me")).getRecipient();
            VaultExport.export(
                    sender, sender.document().entries, VaultExport.recipients(List.of(recipient)), false, file);
        }

        importInto(robot, b, file, "replace");

        assertThat(servers(b)).containsExactly(Map.entry("pf", "theirs-pf"));
        assertThat(secretOf(b, "billing")).isEqualTo("theirs-billing");
    }

    /** Imports {@code file} into {@code vault} through the form, resolving every conflict with the button {@code choice}. */
    private void importInto(Robot robot, Path vault, Path file, String choice) {
        TestApp app = open(robot, vault);
        main(robot).menuItem("menu.vault.import").click();
        DialogFixture form = dialog(robot, "importDialog");
        form.button("importDialog.ok").requireDisabled();
        form.button("import.browse").click();
        chooseFile(robot, file);
        RobotSteps.waitFor(
                "the preview", () -> form.table("import.rows").target().getRowCount() == 2);
        form.label("import.undecided").requireText("<html>1 conflict needs a choice.</html>");
        form.table("import.rows")
                .requireCellValue(org.assertj.swing.data.TableCell.row(0).column(3), "secret");
        form.button("importDialog.ok").requireDisabled();
        form.button("import.all." + choice).click();
        form.button("importDialog.ok").requireEnabled().click();
        okInfo(robot, "The vault was saved.");
        RobotSteps.waitFor(
                "the import to finish",
                () -> !app.controller.session().busy.get() && !form.target().isShowing());
        assertThat(GuiActionRunner.execute(() -> app.controller.session().dirty.get()))
                .isFalse();
        close(app);
    }

    /** What the vault file on disk holds (read from a copy, as the app may still hold the vault's lock). */
    private static Map<String, String> servers(Path vault) throws Exception {
        try (Vault v = reopen(vault)) {
            return v.document().entries.stream()
                    .filter(e -> e.knownKind() == EntryKind.PINGFEDERATE_SERVER)
                    .collect(Collectors.toMap(
                            Entry::getName, e -> new String(e.secret().reveal())));
        }
    }

    private static String secretOf(Path vault, String name) throws Exception {
        try (Vault v = reopen(vault)) {
            return new String(new VaultEditor(v).require(null, name).secret().reveal());
        }
    }

    private static Vault reopen(Path vault) throws Exception {
        Path copy = Files.createTempDirectory(vault.getParent(), "reopen").resolve(vault.getFileName());
        Files.copy(vault, copy);
        return Vault.open(copy, TestApp.PASSPHRASE.toCharArray());
    }

    private static String clipboardText() {
        try {
            return (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        } catch (Exception e) {
            return "";
        }
    }
}
