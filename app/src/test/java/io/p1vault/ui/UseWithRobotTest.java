package io.p1vault.ui;

import io.p1vault.TestCredentials;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.RobotSteps;
import io.p1vault.ui.testing.TestApp;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Toolkit;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static io.p1vault.ui.testing.RobotSteps.main;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.finder.WindowFinder.findDialog;

/** Two "Use with…" flows driven with a robot: AIC's form values one by one, Cloudflare's body without secrets. */
@ExtendWith(GuiExtension.class)
class UseWithRobotTest {
    @TempDir
    Path dir;

    private TestApp unlocked(Robot robot) throws Exception {
        Path file = dir.resolve("v.age");
        try (Vault v = Vault.create(file, TestApp.PASSPHRASE.toCharArray(), 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addApplication(
                    "hr-worker",
                    "worker",
                    TestCredentials.ENVIRONMENT_ID,
                    "eu",
                    "0c1d2e3f-worker",
                    "basic",
                    "worker-s3cret".toCharArray());
            editor.addApplication(
                    "console",
                    "oidc",
                    TestCredentials.ENVIRONMENT_ID,
                    "com",
                    "9a8b7c6d-oidc",
                    "post",
                    "oidc-s3cret".toCharArray());
            v.save();
        }
        TestApp app = new TestApp(dir, s -> s.remember(file)).start();
        RobotSteps.unlock(robot, app);
        return app;
    }

    private static DialogFixture useWith(Robot robot, TestApp app, String entry) {
        GuiActionRunner.execute(() -> app.controller
                .presenter()
                .selected
                .set(app.controller.session().vault.get().document().entries.stream()
                        .filter(e -> e.getName().equals(entry))
                        .findFirst()
                        .orElseThrow()));
        main(robot).menuItem("menu.entry.useWith").click();
        return findDialog("useWith").withTimeout(10_000).using(robot);
    }

    private static String clipboardText() {
        return RobotSteps.text(Toolkit.getDefaultToolkit().getSystemClipboard());
    }

    @Test
    void advancedIdentityCloudValuesAreCopiedOneByOne(Robot robot) throws Exception {
        TestApp app = unlocked(robot);
        DialogFixture dialog = useWith(robot, app, "hr-worker");
        dialog.label("useWith.value.serviceUri").requireText("https://api.pingone.eu");
        dialog.label("useWith.value.clientSecret").requireText("********");
        assertThat(dialog.textBox("useWith.preview").text()).doesNotContain("worker-s3cret");

        dialog.button("useWith.copy.tokenEndpoint").click();
        RobotSteps.waitOffEdt(
                "the token endpoint on the clipboard",
                () -> clipboardText()
                        .equals("https://auth.pingone.eu/" + TestCredentials.ENVIRONMENT_ID + "/as/token"));
        dialog.button("useWith.copy.clientSecret").click();
        RobotSteps.waitOffEdt(
                "the secret on the clipboard", () -> clipboardText().equals("worker-s3cret"));
        assertThat(dialog.label("useWith.done").text()).contains("Copied Client Secret.");
        dialog.button("useWith.cancel").click();
    }

    @Test
    void cloudflareBodyIsCopiedWithoutTheSecret(Robot robot) throws Exception {
        TestApp app = unlocked(robot);
        DialogFixture dialog = useWith(robot, app, "console");
        dialog.comboBox("useWith.target").requireSelection(0);
        dialog.checkBox("useWith.withoutSecrets").click();
        dialog.button("useWith.copy").click();
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/integrations/cloudflare-no-secret.json")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RobotSteps.waitOffEdt("the body on the clipboard", () -> clipboardText().equals(expected));
        assertThat(dialog.textBox("useWith.notes").text())
                .contains("https://<team-name>.cloudflareaccess.com/cdn-cgi/access/callback");

        dialog.comboBox("useWith.target").selectItem(1);
        assertThat(dialog.textBox("useWith.preview").text()).startsWith("# oidc.properties");
        dialog.button("useWith.cancel").click();
    }
}
