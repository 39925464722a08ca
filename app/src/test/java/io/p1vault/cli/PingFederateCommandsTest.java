package io.p1vault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.p1vault.TestCredentials;
import io.p1vault.model.CertificatePin;
import io.p1vault.model.Deployment;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.VaultJson;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end from the command line: sandbox, server trust, pf push, list, set, status, environments, delete. */
class PingFederateCommandsTest {
    @TempDir
    Path dir;

    /** The sandbox command running on its own thread, and what it printed. */
    private record Sandbox(Thread thread, CompletableFuture<Integer> exit, StringWriter out, StringWriter err) {
        String field(String label) {
            Matcher m = Pattern.compile("(?m)^" + label + ":\\s+(.+)$").matcher(out.toString());
            assertThat(m.find()).as(label + " in " + out).isTrue();
            return m.group(1).strip();
        }
    }

    private Sandbox startSandbox() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = P1vaultCommand.commandLine(new Cli(dir));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread thread = new Thread(() -> exit.complete(cmd.execute("sandbox", "--port", "0")), "sandbox");
        thread.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!out.toString().contains("Stop it with") && Instant.now().isBefore(deadline) && !exit.isDone()) {
            Thread.sleep(20);
        }
        return new Sandbox(thread, exit, out, err);
    }

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    private static Cli.Result fails(Cli.Result r, String messagePart) {
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains(messagePart);
        return r;
    }

    @Test
    void sandboxTrustPushListSetDelete() throws Exception {
        Sandbox sandbox = startSandbox();
        assertThat(sandbox.out().toString()).contains("It is NOT PingFederate");
        String url = sandbox.field("URL");
        String password = sandbox.field("Password");
        String fingerprint = sandbox.field("Certificate").replace("SHA-256 ", "");
        assertThat(url).matches("https://localhost:\\d+");
        assertThat(sandbox.field("Admin user")).isEqualTo("administrator");
        assertThat(password).hasSize(20);

        Cli cli = new Cli(dir);
        String v = cli.init("v.age").toString();
        String jwt = TestCredentials.jwt(TestCredentials.claims("jti-e2e"), "c2ln");
        ok(cli.stdin(jwt).run("add", "gateway-credential", "--vault", v, "--name", "gw"));
        Path passwordFile = Files.writeString(dir.resolve("pw"), password + "\n");
        ok(cli.run(
                "add",
                "pingfederate-server",
                "--vault",
                v,
                "--name",
                "sandbox",
                "--url",
                url,
                "--username",
                "administrator",
                "--from-file",
                passwordFile.toString(),
                "--read-timeout",
                "20"));

        fails(cli.run("server", "test", "--vault", v, "--server", "sandbox"), "is not trusted");
        fails(cli.run("server", "trust", "--vault", v, "--server", "sandbox"), "confirmation needed");
        fails(
                cli.run("server", "trust", "--vault", v, "--server", "sandbox", "--fingerprint", "AB".repeat(32)),
                "not the one given with --fingerprint");
        Cli.Result trusted = ok(cli.run(
                "server",
                "trust",
                "--vault",
                v,
                "--server",
                "sandbox",
                "--fingerprint",
                fingerprint.replace(":", "").toLowerCase(Locale.ROOT)));
        assertThat(trusted.err()).contains("Subject:     CN=localhost").contains("Trusted the key with SHA-256 ");
        Cli.Result test = ok(cli.run("server", "test", "--vault", v, "--server", "sandbox"));
        assertThat(test.out())
                .contains("trusted: pinned for this server")
                .contains("12.1.0.4 (p1vault stand-in)")
                .contains("accepted (user administrator)");

        Cli.Result dry =
                ok(cli.run("pf", "push", "--vault", v, "--server", "sandbox", "--credential", "gw", "--dry-run"));
        assertThat(dry.out())
                .contains(
                        "POST /pf-admin-api/v1/pingOneConnections",
                        "Authorization: Basic ********",
                        "X-XSRF-Header: PingFederate",
                        "\"name\" : \"PF gateway\"",
                        "\"credential\" : \"********\"",
                        "Dry run: nothing was sent")
                .doesNotContain(jwt)
                .doesNotContain(password);
        assertThat(ok(cli.run("pf", "list", "--vault", v, "--server", "sandbox"))
                        .out())
                .isEmpty();

        Cli.Result pushed = ok(cli.run(
                "pf",
                "push",
                "--vault",
                v,
                "--server",
                "sandbox",
                "--credential",
                "gw",
                "--description",
                "from p1vault"));
        assertThat(pushed.err()).contains("Created the PingOne connection \"PF gateway\"");
        Cli.Result list = ok(cli.run("pf", "list", "--vault", v, "--server", "sandbox"));
        assertThat(list.out().lines()).singleElement().asString().contains("PF gateway", "active", "jti-e2e");
        JsonNode listed = VaultJson.mapper()
                .readTree(ok(cli.run("pf", "list", "--vault", v, "--server", "sandbox", "--json"))
                        .out());
        String id = listed.get(0).get("id").asText();
        assertThat(listed.get(0).get("description").asText()).isEqualTo("from p1vault");
        assertThat(listed.get(0).has("encryptedCredential")).isFalse();

        String rotated = TestCredentials.jwt(TestCredentials.claims("jti-e2e-2"), "c2ln");
        ok(cli.stdin(rotated).run("add", "gateway-credential", "--vault", v, "--name", "gw2"));
        fails(cli.run("pf", "push", "--vault", v, "--server", "sandbox", "--credential", "gw2"), "confirmation needed");
        Cli.Result replaced =
                ok(cli.terminal("yes").run("pf", "push", "--vault", v, "--server", "sandbox", "--credential", "gw2"));
        assertThat(replaced.err())
                .contains("Would change credential: replace PingOne credential jti-e2e with jti-e2e-2")
                .contains("Replaced the credential of the PingOne connection \"PF gateway\" (" + id + ")");

        Cli.Result set = ok(new Cli(dir)
                .run(
                        "pf",
                        "set",
                        "--vault",
                        v,
                        "--server",
                        "sandbox",
                        "--connection",
                        "PF gateway",
                        "--name",
                        "Renamed",
                        "--active",
                        "false"));
        assertThat(set.err()).contains("renamed \"PF gateway\" to \"Renamed\", disabled");
        assertThat(ok(cli.run("pf", "list", "--vault", v, "--server", "sandbox"))
                        .out())
                .contains("Renamed")
                .contains("inactive")
                .contains("jti-e2e-2");

        JsonNode status = VaultJson.mapper()
                .readTree(ok(cli.run("pf", "status", "--vault", v, "--server", "sandbox", "--connection", id, "--json"))
                        .out());
        assertThat(status.get("credentialStatus").asText()).isEqualTo("UNKNOWN");
        assertThat(ok(cli.run(
                                "pf",
                                "environments",
                                "--vault",
                                v,
                                "--server",
                                "sandbox",
                                "--connection",
                                "Renamed",
                                "--filter",
                                "stag"))
                        .out()
                        .lines())
                .singleElement()
                .asString()
                .endsWith("SANDBOX     Staging");

        Cli noTerminal = new Cli(dir);
        fails(
                noTerminal.run("pf", "delete", "--vault", v, "--server", "sandbox", "--connection", "Renamed"),
                "run again with --yes");
        Cli.Result deleted = ok(noTerminal.run(
                "pf", "delete", "--vault", v, "--server", "sandbox", "--connection", "Renamed", "--yes"));
        assertThat(deleted.err()).contains("Used by: nothing").contains("Deleted the PingOne connection \"Renamed\"");
        assertThat(ok(cli.run("pf", "list", "--vault", v, "--server", "sandbox"))
                        .out())
                .isEmpty();

        try (Vault vault = cli.open(Path.of(v))) {
            VaultEditor editor = new VaultEditor(vault);
            PingFederateServerEntry server =
                    (PingFederateServerEntry) editor.require(EntryKind.PINGFEDERATE_SERVER, "sandbox");
            assertThat(server.getCertificatePins())
                    .extracting(p -> p.endpoint)
                    .containsExactly(CertificatePin.endpointOf(url));
            assertThat(server.getLastVersion()).isEqualTo("12.1.0.4 (p1vault stand-in)");
            assertThat(server.getReadTimeoutSeconds()).isEqualTo(20);
            Deployment first = ((GatewayCredentialEntry) editor.require(EntryKind.GATEWAY_CREDENTIAL, "gw"))
                    .getDeployments()
                    .get(0);
            Deployment second = ((GatewayCredentialEntry) editor.require(EntryKind.GATEWAY_CREDENTIAL, "gw2"))
                    .getDeployments()
                    .get(0);
            assertThat(first.connectionId).isEqualTo(id);
            assertThat(second.connectionId).isEqualTo(id);
            assertThat(second.credentialId).isEqualTo("jti-e2e-2");
            assertThat(second.connectionName).isEqualTo("Renamed");
            assertThat(second.state).isEqualTo("deleted");
            assertThat(vault.document().history)
                    .extracting(h -> h.action)
                    .contains("trust-certificate", "server-version", "push", "pingfederate");
        }

        sandbox.thread().interrupt();
        assertThat(sandbox.exit().get()).isZero();
        assertThat(sandbox.err().toString()).contains("Stand-in stopped.");
    }

    @Test
    void aChangedCertificateIsRefusedUntilTrustedAgain() throws Exception {
        try (PingFederateStandIn pf = PingFederateStandIn.start(0, "pw".toCharArray())) {
            Cli cli = new Cli(dir);
            String v = cli.init("v.age").toString();
            ok(cli.stdin("pw")
                    .run(
                            "add",
                            "pingfederate-server",
                            "--vault",
                            v,
                            "--name",
                            "pf",
                            "--url",
                            "https://127.0.0.1:" + pf.port(),
                            "--username",
                            "administrator"));
            String first = pf.certificate().spkiSha256();
            Cli.Result declined = cli.terminal("no").run("server", "trust", "--vault", v, "--server", "pf");
            assertThat(declined.exit()).isZero();
            assertThat(declined.err()).contains("Not trusted; nothing was changed.");
            assertThat(cli.prompts).containsExactly("Trust this certificate for \"pf\"? [y/N] ");
            ok(cli.run("server", "trust", "--vault", v, "--server", "pf", "--yes"));
            assertThat(ok(cli.run("server", "test", "--vault", v, "--server", "pf"))
                            .out())
                    .contains("trusted: pinned for this server, although it does not name this host");

            pf.rotateCertificate();
            String second = pf.certificate().spkiSha256();
            Cli.Result refused = fails(
                    cli.run("pf", "list", "--vault", v, "--server", "pf"),
                    "WARNING: 127.0.0.1:" + pf.port() + " presented a different certificate");
            assertThat(refused.err()).contains(first).contains(second).hasLineCount(1);
            Cli.Result retrusted = ok(cli.run("server", "trust", "--vault", v, "--server", "pf", "--yes"));
            assertThat(retrusted.err())
                    .contains("p1vault: warning: WARNING:")
                    .contains("instead of the one trusted before");
            ok(cli.run("pf", "list", "--vault", v, "--server", "pf"));
            try (Vault vault = cli.open(Path.of(v))) {
                PingFederateServerEntry server =
                        (PingFederateServerEntry) new VaultEditor(vault).require(EntryKind.PINGFEDERATE_SERVER, "pf");
                assertThat(server.getCertificatePins().stream()
                                .map(CertificatePin::value)
                                .toList())
                        .containsExactly(second);
            }
        }
    }

    @Test
    void oauth2ServersAreAddedAndUsed() throws Exception {
        try (PingFederateStandIn pf = PingFederateStandIn.start(0, "pw".toCharArray())) {
            pf.addOAuthClient("admin-client", "s3cret".toCharArray());
            Cli cli = new Cli(dir);
            String v = cli.init("v.age").toString();
            fails(
                    cli.stdin("s3cret")
                            .run(
                                    "add",
                                    "pingfederate-server",
                                    "--vault",
                                    v,
                                    "--name",
                                    "pf",
                                    "--url",
                                    pf.adminUrl(),
                                    "--auth",
                                    "oauth2",
                                    "--client-id",
                                    "admin-client",
                                    "--token-url",
                                    "http://pf/token"),
                    "The token URL must be an https URL");
            fails(
                    cli.stdin("s3cret")
                            .run(
                                    "add",
                                    "pingfederate-server",
                                    "--vault",
                                    v,
                                    "--name",
                                    "pf",
                                    "--url",
                                    pf.adminUrl(),
                                    "--auth",
                                    "kerberos"),
                    "--auth must be basic or oauth2.");
            fails(
                    cli.stdin("s3cret")
                            .run(
                                    "add",
                                    "pingfederate-server",
                                    "--vault",
                                    v,
                                    "--name",
                                    "pf",
                                    "--url",
                                    pf.adminUrl(),
                                    "--username",
                                    "u",
                                    "--connect-timeout",
                                    "0"),
                    "The connect timeout must be between 1 and 600");
            ok(cli.stdin("s3cret")
                    .run(
                            "add",
                            "pingfederate-server",
                            "--vault",
                            v,
                            "--name",
                            "pf",
                            "--url",
                            pf.adminUrl(),
                            "--auth",
                            "oauth2",
                            "--client-id",
                            "admin-client",
                            "--token-url",
                            pf.tokenUrl(),
                            "--connect-timeout",
                            "5"));
            ok(cli.run(
                    "server",
                    "trust",
                    "--vault",
                    v,
                    "--server",
                    "pf",
                    "--fingerprint",
                    pf.certificate().sha256()));
            assertThat(ok(cli.run("server", "test", "--vault", v, "--server", "pf"))
                            .out())
                    .contains("accepted (OAuth2 client admin-client)");
            JsonNode shown = VaultJson.mapper()
                    .readTree(ok(cli.run("show", "--vault", v, "pf", "--json")).out());
            assertThat(shown.get("authType").asText()).isEqualTo("oauth2");
            assertThat(shown.get("tokenUrl").asText()).isEqualTo(pf.tokenUrl());
            assertThat(shown.get("connectTimeoutSeconds").asInt()).isEqualTo(5);
            assertThat(shown.get("readTimeoutSeconds").isNull()).isTrue();
        }
    }

    @Test
    void aTokenEndpointOnAnotherPortHasItsCertificateTrustedToo() throws Exception {
        try (PingFederateStandIn admin = PingFederateStandIn.start(0, "pw".toCharArray());
                PingFederateStandIn runtime = PingFederateStandIn.start(0, "pw".toCharArray())) {
            Cli cli = new Cli(dir);
            String v = cli.init("v.age").toString();
            ok(cli.stdin("secret")
                    .run(
                            "add",
                            "pingfederate-server",
                            "--vault",
                            v,
                            "--name",
                            "pf",
                            "--url",
                            admin.adminUrl(),
                            "--auth",
                            "oauth2",
                            "--client-id",
                            "c",
                            "--token-url",
                            runtime.tokenUrl()));
            Cli.Result trusted = ok(cli.run("server", "trust", "--vault", v, "--server", "pf", "--yes"));
            assertThat(trusted.err())
                    .contains("localhost:" + admin.port() + " presents:")
                    .contains("localhost:" + runtime.port() + " presents:");
            try (Vault vault = cli.open(Path.of(v))) {
                PingFederateServerEntry server =
                        (PingFederateServerEntry) new VaultEditor(vault).require(EntryKind.PINGFEDERATE_SERVER, "pf");
                assertThat(server.getCertificatePins().stream()
                                .map(CertificatePin::value)
                                .toList())
                        .containsExactly(
                                admin.certificate().spkiSha256(),
                                runtime.certificate().spkiSha256());
            }
            assertThat(ok(cli.run("server", "trust", "--vault", v, "--server", "pf"))
                            .err())
                    .contains("Nothing to do")
                    .contains("trusted: pinned for this server");
            runtime.rotateCertificate();
            ok(cli.run("server", "trust", "--vault", v, "--server", "pf", "--yes"));
            try (Vault vault = cli.open(Path.of(v))) {
                PingFederateServerEntry server =
                        (PingFederateServerEntry) new VaultEditor(vault).require(EntryKind.PINGFEDERATE_SERVER, "pf");
                assertThat(server.getCertificatePins().stream()
                                .map(CertificatePin::value)
                                .toList())
                        .as("the admin pin stays, the token endpoint's is replaced")
                        .containsExactly(
                                admin.certificate().spkiSha256(),
                                runtime.certificate().spkiSha256());
            }
        }
    }

    @Test
    void whenTheVaultCannotBeSavedAfterAPushTheUserLearnsThePushHappened() throws Exception {
        try (PingFederateStandIn pf = PingFederateStandIn.start(0, "pw".toCharArray())) {
            Cli cli = new Cli(dir);
            Path vault = cli.init("v.age");
            String v = vault.toString();
            ok(cli.stdin(TestCredentials.jwt("jti-unsaved"))
                    .run("add", "gateway-credential", "--vault", v, "--name", "gw"));
            ok(cli.stdin("pw")
                    .run(
                            "add",
                            "pingfederate-server",
                            "--vault",
                            v,
                            "--name",
                            "pf",
                            "--url",
                            pf.adminUrl(),
                            "--username",
                            "administrator"));
            ok(cli.run("server", "trust", "--vault", v, "--server", "pf", "--yes"));
            pf.delayAnswers(Duration.ofMillis(500));
            pf.recordRequests();
            // Once the push talks to PingFederate the vault is open; then someone else changes its file.
            CompletableFuture<Void> meddle = CompletableFuture.runAsync(() -> {
                try {
                    while (pf.recordedRequests().isEmpty()) {
                        Thread.sleep(10);
                    }
                    Files.write(vault, new byte[] {'\n'}, java.nio.file.StandardOpenOption.APPEND);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Cli.Result r = cli.run("pf", "push", "--vault", v, "--server", "pf", "--credential", "gw");
            meddle.get();
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.errLines())
                    .anyMatch(line -> line.matches("p1vault: warning: The connection was created \\(\\w+\\) "
                            + "on PingFederate, but the vault could not be saved, so it does not record that."));
            pf.delayAnswers(Duration.ZERO);
        }
    }
}
