package io.p1vault.ui;

import io.p1vault.TestCredentials;
import io.p1vault.desktop.AppDirectories;
import io.p1vault.desktop.Settings;
import io.p1vault.desktop.SettingsStore;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.CertificatePin;
import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.Secret;
import io.p1vault.model.VaultJson;
import io.p1vault.pingfederate.CredentialPush;
import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.pingfederate.PingOneConnections;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import io.p1vault.runproperties.KnownSetting;
import io.p1vault.ui.runprops.RunPropertiesPresenter;
import io.p1vault.vault.ConflictPolicy;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultExport;

import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JPasswordField;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Takes the README's screenshots from the running application on a sample vault of realistic,
 * fake entries: the unlock dialog, and the main window in the light and the dark theme.
 * Run with {@code mvn -B -q -Pscreenshots verify} on a display (see README).
 */
public final class Screenshots {
    private static final String PASSPHRASE = "a sample passphrase for screenshots";

    private Screenshots() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs");
        Files.createDirectories(out);
        // A short, stable folder, as the status bar and the unlock dialog show the vault's path.
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "p1vault-demo");
        deleteRecursively(dir);
        AppDirectories directories = new AppDirectories(dir.resolve("data"), dir.resolve("config"));
        Path vault = directories.data().resolve("production.age");
        Files.createDirectories(directories.data());
        sampleVault(vault);
        Settings settings = new Settings();
        settings.theme = Settings.Theme.LIGHT;
        settings.remember(vault);
        new SettingsStore(directories.settingsFile()).save(settings);

        AtomicReference<DesktopController> app = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Themes.setUp(Settings.Theme.LIGHT);
            app.set(new DesktopController(directories, Clock.systemUTC(), () -> {}));
            app.get().start();
        });
        JDialog unlock = waitForDialog("unlockDialog");
        SwingUtilities.invokeAndWait(() -> ((JPasswordField) find(unlock, "unlock.passphrase")).setText(PASSPHRASE));
        capture(unlock, out.resolve("unlock-dialog.png"));
        SwingUtilities.invokeAndWait(() -> ((JButton) find(unlock, "unlockDialog.ok")).doClick());
        while (app.get().session().vault.get() == null) {
            Thread.sleep(100);
        }
        SwingUtilities.invokeAndWait(() -> app.get()
                .presenter()
                .selected
                .set(app.get()
                        .session()
                        .editor()
                        .find(null, "Production gateway")
                        .orElseThrow()));
        capture(app.get().window(), out.resolve("main-light.png"));
        // The main window in both themes before the dialogs below add entries to the sample vault.
        SwingUtilities.invokeAndWait(() -> Themes.switchTo(Settings.Theme.DARK));
        Thread.sleep(1500);
        capture(app.get().window(), out.resolve("main-dark.png"));
        SwingUtilities.invokeAndWait(() -> Themes.switchTo(Settings.Theme.LIGHT));
        Thread.sleep(1500);
        captureRunProperties(app.get(), dir, out.resolve("run-properties-editor.png"));
        captureCertificates(app.get(), out);
        captureExport(app.get(), out.resolve("export-dialog.png"));
        captureImportPreview(app.get(), dir, out.resolve("import-preview.png"));
        capturePingFederate(app.get(), out);
        SwingUtilities.invokeAndWait(() -> app.get().shutDown());
        System.exit(0);
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void sampleVault(Path file) throws Exception {
        try (Vault v = Vault.create(file, PASSPHRASE.toCharArray(), 10)) {
            VaultEditor e = new VaultEditor(v);
            Map<String, Object> prod = TestCredentials.claims(UUID.randomUUID().toString());
            prod.put("gatewayName", "Production gateway");
            prod.put("environmentName", "Workforce – Production");
            GatewayCredentialEntry production = e.addGatewayCredential(
                            null,
                            TestCredentials.jwt(prod, "c2FtcGxlLXNpZ25hdHVyZS1ub3QtcmVhbA")
                                    .toCharArray())
                    .entry();
            e.setNotes(production, "Created in PingOne 2026-03-02 by the IAM team; rotate before March 2027.");
            Entry pf1 = e.addServer(
                            "pf-prod-1",
                            "https://pf-prod-1.corp.example:9999",
                            "Administrator",
                            "example-password-1".toCharArray())
                    .entry();
            e.addServer(
                    "pf-prod-2",
                    "https://pf-prod-2.corp.example:9999",
                    "Administrator",
                    "example-password-2".toCharArray());
            e.addServer(
                    "pf-staging",
                    "https://pf-staging.corp.example:9999",
                    "Administrator",
                    "example-password-3".toCharArray());
            production.getDeployments().add(deployment(pf1, "PingOne Workforce", "Active"));
            Map<String, Object> staging =
                    TestCredentials.claims(UUID.randomUUID().toString());
            staging.put("gatewayName", "Staging gateway");
            staging.put("environmentName", "Workforce – Staging");
            e.addGatewayCredential(
                    null, TestCredentials.jwt(staging, "c2FtcGxlLXNpZ25hdHVyZQ").toCharArray());
            e.addApplication(
                    "Billing sync worker",
                    "worker",
                    TestCredentials.ENVIRONMENT_ID,
                    "eu",
                    "5d0f3c1a-billing",
                    "post",
                    "example-client-secret".toCharArray());
            e.addApplication(
                    "HR portal",
                    "oidc",
                    TestCredentials.ENVIRONMENT_ID,
                    "eu",
                    "9a7e2b44-hr-portal",
                    "basic",
                    "example-client-secret-2".toCharArray());
            e.addNewIdentity("Support hand-over key");
            v.save();
        }
    }

    private static Deployment deployment(Entry server, String connection, String state) {
        Deployment d = new Deployment();
        d.serverId = server.getId();
        d.serverName = server.getName();
        d.connectionId = "7c1e9a40-3f0b-4d6e-9b52-0a8f7d3c2e11";
        d.connectionName = connection;
        d.at = Instant.parse("2026-03-02T10:41:00Z");
        d.state = state;
        return d;
    }

    /** The editor on a sample file, filled from the vault's gateway credential, with a typo in a port. */
    private static void captureRunProperties(DesktopController app, Path dir, Path file) throws Exception {
        Path runProperties = dir.resolve("pingfederate/bin/run.properties");
        Files.createDirectories(runProperties.getParent());
        Files.writeString(runProperties, """
                # PingFederate run.properties
                pf.admin.https.port=9999
                pf.console.authentication=native
                pf.admin.api.authentication=native
                pf.console.login.mode=multiple
                pf.console.session.timeout=30
                pf.http.port=-1
                pf.https.port=9031
                pf.secondary.https.port=-1
                pf.operational.mode=STANDALONE
                pf.pingone.admin.url.region=com
                pf.cluster.bind.port=7600
                pf.engine.bind.address=0.0.0.0
                pf.monitor.bind.address=0.0.0.0
                pf.log.eventdetail=false
                pf.heartbeat.system.monitoring=false
                pf.runtime.context.path=/
                """);
        RunPropertiesPresenter form = app.runProperties();
        SwingUtilities.invokeAndWait(() -> form.open(runProperties));
        while (form.file.get() == null) {
            Thread.sleep(100);
        }
        SwingUtilities.invokeAndWait(() -> {
            form.fillFrom((GatewayCredentialEntry)
                    app.session().editor().find(null, "Production gateway").orElseThrow());
            form.value(KnownSetting.HTTPS_PORT).set("90310");
        });
        SwingUtilities.invokeLater(app::showRunProperties);
        JDialog editor = waitForDialog("runProperties");
        capture(editor, file);
        SwingUtilities.invokeAndWait(() -> editor.setVisible(false));
    }

    /**
     * The connections browser and the push preview, against a stand-in PingFederate added to the
     * sample vault: one connection holds a vault credential, one was made elsewhere, one is inactive.
     */
    private static void capturePingFederate(DesktopController app, Path out) throws Exception {
        try (PingFederateStandIn standIn = PingFederateStandIn.start(0, PingFederateStandIn.generatePassword())) {
            char[] password = PingFederateStandIn.generatePassword();
            standIn.addUser("p1vault", password, true);
            AtomicReference<PingFederateServerEntry> lab = new AtomicReference<>();
            onEdt(() -> {
                VaultEditor e = app.session().editor();
                PingFederateServerEntry server = e.addServer("pf-test", standIn.adminUrl(), "p1vault", password)
                        .entry();
                e.serverRecords()
                        .pinCertificates(
                                server,
                                List.of(CertificatePin.ofKey(
                                        CertificatePin.endpointOf(standIn.adminUrl()),
                                        standIn.certificate().spkiSha256())),
                                false);
                app.session().changed();
                lab.set(server);
            });
            GatewayCredentialEntry production = credential(app, "Production gateway");
            try (PingFederateClient client = PingFederateClient.forServer(lab.get())) {
                PingOneConnections api = new PingOneConnections(client);
                PingOneConnection workforce = CredentialPush.send(
                        api,
                        CredentialPush.plan(
                                api, production, "PingOne Workforce", "Employee SSO with MFA and Protect", null));
                onEdt(() -> {
                    CredentialPush.record(
                            workforce, lab.get(), production, app.session().editor());
                    app.session().changed();
                });
                api.send(api.createRequest(
                        "Partner federation",
                        "Made in the admin console",
                        true,
                        Secret.of(TestCredentials.jwt(UUID.randomUUID().toString())
                                .toCharArray())));
                api.send(api.createRequest(
                        "Customer identity (retired)",
                        null,
                        false,
                        Secret.of(TestCredentials.jwt(UUID.randomUUID().toString())
                                .toCharArray())));
            }
            SwingUtilities.invokeAndWait(() -> app.presenter().selected.set(lab.get()));
            SwingUtilities.invokeLater(app::showConnections);
            JDialog browser = waitForDialog("connectionsDialog");
            JTable table = (JTable) find(browser, "connections.table");
            while (GuiRead.rows(table) < 3) {
                Thread.sleep(100);
            }
            SwingUtilities.invokeAndWait(() -> {
                for (int row = 0; row < table.getRowCount(); row++) {
                    if ("PingOne Workforce".equals(table.getValueAt(row, 0))) {
                        table.setRowSelectionInterval(row, row);
                    }
                }
            });
            capture(browser, out.resolve("connections-browser.png"));
            SwingUtilities.invokeAndWait(browser::dispose);

            SwingUtilities.invokeAndWait(() -> app.presenter().selected.set(credential(app, "Staging gateway")));
            SwingUtilities.invokeLater(() -> app.actions().push.actionPerformed(null));
            JDialog push = waitForDialog("pushDialog");
            SwingUtilities.invokeAndWait(
                    () -> ((javax.swing.JComboBox<?>) find(push, "push.server")).setSelectedItem(lab.get()));
            JButton preview = (JButton) find(push, "pushDialog.ok");
            while (!GuiRead.enabled(preview)) {
                Thread.sleep(100);
            }
            SwingUtilities.invokeAndWait(() -> {
                ((javax.swing.JTextField) find(push, "push.description")).setText("Staging SSO for the QA team");
                preview.doClick();
            });
            JDialog request = waitForDialog("requestPreview");
            capture(request, out.resolve("push-preview.png"));
            SwingUtilities.invokeAndWait(() -> ((JButton) find(request, "requestPreview.cancel")).doClick());
            SwingUtilities.invokeAndWait(push::dispose);
        }
    }

    private static GatewayCredentialEntry credential(DesktopController app, String name) {
        return (GatewayCredentialEntry) app.session().editor().find(null, name).orElseThrow();
    }

    /** Work on the event thread that may throw. */
    private interface EdtWork {
        void run() throws Exception;
    }

    private static void onEdt(EdtWork work) throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                work.run();
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Reads component state on the event thread. */
    private static final class GuiRead {
        static int rows(JTable table) throws Exception {
            AtomicReference<Integer> n = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> n.set(table.getRowCount()));
            return n.get();
        }

        static boolean enabled(JButton button) throws Exception {
            AtomicReference<Boolean> b = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> b.set(button.isEnabled()));
            return b.get();
        }
    }

    /** The trust question on first contact with a server, then the warning once its certificate changed. */
    private static void captureCertificates(DesktopController app, Path out) throws Exception {
        try (PingFederateStandIn standIn = PingFederateStandIn.start(0, "sample-password".toCharArray())) {
            AtomicReference<PingFederateServerEntry> server = new AtomicReference<>();
            SwingUtilities.invokeAndWait(() -> {
                try {
                    server.set(app.session()
                            .editor()
                            .addServer(
                                    "pf-lab",
                                    standIn.adminUrl(),
                                    PingFederateStandIn.ADMIN_USER,
                                    "sample-password".toCharArray())
                            .entry());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                app.session().changed();
            });
            SwingUtilities.invokeLater(() -> app.testServer(server.get()));
            JDialog trust = waitForDialog("certificate");
            capture(trust, out.resolve("certificate-dialog.png"));
            SwingUtilities.invokeAndWait(() -> ((JButton) find(trust, "certificate.ok")).doClick());
            JDialog test = waitForDialog("serverTest");
            Thread.sleep(1500);
            capture(test, out.resolve("server-test.png"));
            SwingUtilities.invokeAndWait(() -> ((JButton) find(test, "serverTest.cancel")).doClick());

            standIn.rotateCertificate();
            SwingUtilities.invokeLater(() -> app.testServer(server.get()));
            JDialog changed = waitForDialog("certificate");
            capture(changed, out.resolve("certificate-changed.png"));
            SwingUtilities.invokeAndWait(() -> ((JButton) find(changed, "certificate.cancel")).doClick());
            JDialog refused = waitForDialog("serverTest");
            SwingUtilities.invokeAndWait(() -> ((JButton) find(refused, "serverTest.cancel")).doClick());
        }
    }

    /** The export form: the default selection, to a colleague's pasted recipient, armored. */
    private static void captureExport(DesktopController app, Path file) throws Exception {
        String colleague;
        try (Vault v = Vault.create(
                Files.createTempDirectory("p1vault-colleague").resolve("c.age"), PASSPHRASE.toCharArray(), 10)) {
            colleague = new VaultEditor(v).addNewIdentity("colleague").entry().getRecipient();
        }
        SwingUtilities.invokeLater(app::showExport);
        JDialog export = waitForDialog("exportDialog");
        SwingUtilities.invokeAndWait(() -> {
            ((JTextArea) find(export, "export.pasted")).setText(colleague);
            ((JCheckBox) find(export, "export.armor")).doClick();
        });
        capture(export, file);
        SwingUtilities.invokeAndWait(export::dispose);
    }

    /**
     * The import preview of a support colleague's export, pasted as armored text: a new
     * application, an identical server, a changed server, and a credential named like one of ours.
     */
    private static void captureImportPreview(DesktopController app, Path dir, Path file) throws Exception {
        String recipient = ((AgeIdentityEntry) app.session()
                        .editor()
                        .find(EntryKind.AGE_IDENTITY, "Support hand-over key")
                        .orElseThrow())
                .getRecipient();
        Path export = dir.resolve("from-support.txt");
        try (Vault v = Vault.create(dir.resolve("support.age"), PASSPHRASE.toCharArray(), 10)) {
            VaultEditor e = new VaultEditor(v);
            List<Entry> mine = app.session().editor().entries();
            for (String name : List.of("pf-prod-1", "pf-prod-2")) {
                Entry server = mine.stream()
                        .filter(m -> m.getName().equals(name))
                        .findFirst()
                        .orElseThrow();
                v.document()
                        .entries
                        .add(VaultJson.mapper().readValue(VaultJson.mapper().writeValueAsBytes(server), Entry.class));
            }
            e.editServer(
                    (PingFederateServerEntry) e.require(null, "pf-prod-2"),
                    "https://pf-prod-2.corp.example:9443",
                    "basic",
                    "Administrator",
                    null,
                    null);
            e.addApplication(
                    "Ticketing worker",
                    "worker",
                    TestCredentials.ENVIRONMENT_ID,
                    "eu",
                    "e41c-ticketing",
                    "basic",
                    "example-client-secret-3".toCharArray());
            Map<String, Object> claims =
                    TestCredentials.claims(UUID.randomUUID().toString());
            claims.put("gatewayName", "Staging gateway");
            claims.put("environmentName", "Workforce – Staging");
            e.addGatewayCredential(
                    null, TestCredentials.jwt(claims, "c3VwcG9ydC1zaWduYXR1cmU").toCharArray());
            VaultExport.export(v, e.entries(), VaultExport.recipients(List.of(recipient)), true, export);
        }
        String armored = Files.readString(export);
        SwingUtilities.invokeLater(app::showImport);
        JDialog dialog = waitForDialog("importDialog");
        SwingUtilities.invokeAndWait(() -> {
            ((JTextArea) find(dialog, "import.pasted")).setText(armored);
            ((JButton) find(dialog, "import.preview")).doClick();
        });
        Thread.sleep(1000);
        SwingUtilities.invokeAndWait(() -> {
            JTable table = (JTable) find(dialog, "import.rows");
            table.setValueAt(ConflictPolicy.REPLACE, 1, 4);
        });
        capture(dialog, file);
        SwingUtilities.invokeAndWait(dialog::dispose);
    }

    private static JDialog waitForDialog(String name) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (Window w : Window.getWindows()) {
                if (w instanceof JDialog d && name.equals(d.getName()) && d.isShowing()) {
                    Thread.sleep(500);
                    return d;
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no " + name);
    }

    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The window as the screen shows it, frame included. */
    private static void capture(Window window, Path file) throws Exception {
        Thread.sleep(700);
        AtomicReference<Rectangle> bounds = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            window.toFront();
            bounds.set(window.getBounds());
        });
        Thread.sleep(400);
        File target = file.toFile();
        // The bounds of a decorated window include the window manager's frame.
        ImageIO.write(new Robot().createScreenCapture(bounds.get()), "png", target);
        System.out.println("wrote " + target);
    }
}
