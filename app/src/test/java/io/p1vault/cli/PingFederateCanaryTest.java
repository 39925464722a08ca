package io.p1vault.cli;

import io.p1vault.TestCredentials;
import io.p1vault.desktop.AppLog;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canary admin password, OAuth2 client secret and gateway credential signature: every server and
 * pf command, successes and failures (401, untrusted and changed certificates, 422, 5xx,
 * timeouts, dry runs), with --debug, and none of the canaries in any output.
 */
class PingFederateCanaryTest {
    private static final String PASSWORD = "CANARY-pf-admin-1e0c";
    private static final String CLIENT_SECRET = "CANARY-pf-client-4b7d";
    private static final String SIGNATURE = "CANARY-gw-signature-88f2";
    private static final List<String> CANARIES = List.of(PASSWORD, CLIENT_SECRET, SIGNATURE);

    @TempDir
    Path dir;

    private final List<String> ran = new ArrayList<>();
    private Cli cli;

    private Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--debug");
        Cli.Result r = cli.run(all.toArray(String[]::new));
        ran.add(String.join(" ", args) + " -> " + r.exit());
        for (String canary : CANARIES) {
            assertThat(r.out()).as("stdout of %s", List.of(args)).doesNotContain(canary);
            assertThat(r.err()).as("stderr of %s", List.of(args)).doesNotContain(canary);
        }
        return r;
    }

    @Test
    void noCanaryLeaks() throws Exception {
        AppLog.install(dir.resolve("logs"));
        try (PingFederateStandIn pf = PingFederateStandIn.start(0, PASSWORD.toCharArray())) {
            pf.addOAuthClient("client", CLIENT_SECRET.toCharArray());
            cli = new Cli(dir);
            String v = cli.init("v.age").toString();
            String fp = pf.certificate().sha256();
            cli.stdin(TestCredentials.jwt(TestCredentials.claims("jti-c1"), SIGNATURE));
            run("add", "gateway-credential", "--vault", v, "--name", "gw");
            cli.stdin(TestCredentials.jwt(TestCredentials.claims("jti-c2"), SIGNATURE + "2"));
            run("add", "gateway-credential", "--vault", v, "--name", "gw2");
            Path passwordFile = Files.writeString(dir.resolve("pw"), PASSWORD);
            Path wrongFile = Files.writeString(dir.resolve("wrong"), PASSWORD + "-wrong");
            run(
                    "add",
                    "pingfederate-server",
                    "--vault",
                    v,
                    "--name",
                    "pf",
                    "--url",
                    pf.adminUrl(),
                    "--username",
                    PingFederateStandIn.ADMIN_USER,
                    "--from-file",
                    passwordFile.toString(),
                    "--read-timeout",
                    "1");
            run(
                    "add",
                    "pingfederate-server",
                    "--vault",
                    v,
                    "--name",
                    "wrong",
                    "--url",
                    pf.adminUrl(),
                    "--username",
                    PingFederateStandIn.ADMIN_USER,
                    "--from-file",
                    wrongFile.toString());
            cli.stdin(CLIENT_SECRET);
            run(
                    "add",
                    "pingfederate-server",
                    "--vault",
                    v,
                    "--name",
                    "oauth",
                    "--url",
                    pf.adminUrl(),
                    "--auth",
                    "oauth2",
                    "--client-id",
                    "client",
                    "--token-url",
                    pf.tokenUrl());
            cli.stdin(CLIENT_SECRET + "-wrong");
            run(
                    "add",
                    "pingfederate-server",
                    "--vault",
                    v,
                    "--name",
                    "oauth-wrong",
                    "--url",
                    pf.adminUrl(),
                    "--auth",
                    "oauth2",
                    "--client-id",
                    "client",
                    "--token-url",
                    pf.tokenUrl());
            for (String server : List.of("pf", "wrong", "oauth", "oauth-wrong")) {
                run("server", "test", "--vault", v, "--server", server);
                run("server", "trust", "--vault", v, "--server", server, "--fingerprint", fp);
                run("server", "test", "--vault", v, "--server", server);
                run("pf", "list", "--vault", v, "--server", server, "--json");
            }
            String[] pushArgs = {"pf", "push", "--vault", v, "--server", "oauth", "--credential", "gw"};
            run(concat(pushArgs, "--dry-run"));
            run(pushArgs);
            run(concat(pushArgs, "--connection-name", "other"));
            run(concat(pushArgs, "--dry-run"));
            run("pf", "push", "--vault", v, "--server", "pf", "--credential", "gw2");
            run(
                    "pf",
                    "push",
                    "--vault",
                    v,
                    "--server",
                    "pf",
                    "--credential",
                    "gw2",
                    "--yes",
                    "--connection-name",
                    "PF gateway");
            run("pf", "push", "--vault", v, "--server", "pf", "--credential", "gw2", "--yes");
            for (String sub : List.of("status", "environments")) {
                run("pf", sub, "--vault", v, "--server", "pf", "--connection", "PF gateway", "--json");
                run("pf", sub, "--vault", v, "--server", "pf", "--connection", "nothing");
            }
            run("pf", "set", "--vault", v, "--server", "pf", "--connection", "PF gateway", "--name", "N", "--dry-run");
            run("pf", "set", "--vault", v, "--server", "pf", "--connection", "PF gateway", "--active", "false");
            run("pf", "set", "--vault", v, "--server", "pf", "--connection", "PF gateway", "--name", "");
            pf.failNextRequest(500, "Internal error");
            run("pf", "list", "--vault", v, "--server", "pf");
            pf.delayAnswers(Duration.ofMillis(1500));
            run("pf", "list", "--vault", v, "--server", "pf");
            pf.delayAnswers(Duration.ZERO);
            run("pf", "delete", "--vault", v, "--server", "pf", "--connection", "PF gateway", "--dry-run");
            run("pf", "delete", "--vault", v, "--server", "pf", "--connection", "PF gateway", "--yes");
            pf.rotateCertificate();
            run("server", "test", "--vault", v, "--server", "pf");
            run("pf", "list", "--vault", v, "--server", "pf");
            run("server", "trust", "--vault", v, "--server", "pf", "--yes");
            run("show", "--vault", v, "pf", "--kind", "pingfederate-server", "--json");
            run("show", "--vault", v, "gw", "--kind", "pingone-gateway-credential", "--json");
        }
        assertThat(ran)
                .as("successes and failures both ran")
                .hasSizeGreaterThan(30)
                .anyMatch(r -> r.endsWith("-> 0"))
                .anyMatch(r -> r.endsWith("-> 1"));
        assertThat(ran.stream().filter(r -> r.endsWith("-> 1")).count()).isGreaterThan(8);
        String log = Files.readString(dir.resolve("logs").resolve(AppLog.FILE));
        assertThat(log).as("the log").contains(" failed: ");
        for (String canary : CANARIES) {
            assertThat(log).as("the log").doesNotContain(canary);
        }
    }

    private static String[] concat(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
