package io.p1vault.cli;

import io.p1vault.TestCredentials;
import io.p1vault.desktop.AppLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One canary in every secret, every {@code config} command run with --debug (failures
 * included): the canary appears on standard output only for documents that must hold a secret,
 * in a saved file only when it must, and never on standard error or in a refused command's output.
 */
class IntegrationsCanaryTest {
    private static final String CANARY = "CANARY-91c4-secret";
    private static final String ENV = TestCredentials.ENVIRONMENT_ID;

    @TempDir
    Path dir;

    private Cli cli;
    private String v;

    private void run(boolean outputHoldsSecret, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--vault", v, "--debug"));
        Cli.Result r = cli.run(all.toArray(String[]::new));
        assertThat(r.err()).as("stderr of %s", all).doesNotContain(CANARY);
        if (outputHoldsSecret) {
            assertThat(r.exit()).as("exit of %s", all).isZero();
            assertThat(r.out()).as("stdout of %s", all).contains(CANARY);
        } else {
            assertThat(r.out()).as("stdout of %s", all).doesNotContain(CANARY);
        }
    }

    @Test
    void secretsOnlyWhereTheyBelong() throws Exception {
        AppLog.install(dir.resolve("logs"));
        cli = new Cli(dir).set(PassphraseSource.VAULT_VARIABLE, CANARY + " passphrase");
        v = cli.init("v.age").toString();
        cli.stdin(CANARY + "-worker\n")
                .run(
                        "add",
                        "pingone-app",
                        "--vault",
                        v,
                        "--name",
                        "w",
                        "--type",
                        "worker",
                        "--environment-id",
                        ENV,
                        "--region",
                        "com",
                        "--client-id",
                        "wc");
        cli.stdin(CANARY + "-oidc\n")
                .run(
                        "add",
                        "pingone-app",
                        "--vault",
                        v,
                        "--name",
                        "o",
                        "--type",
                        "oidc",
                        "--environment-id",
                        ENV,
                        "--region",
                        "ca",
                        "--client-id",
                        "oc");
        cli.stdin(CANARY + "-c1\n")
                .run(
                        "add",
                        "client-credentials",
                        "--vault",
                        v,
                        "--name",
                        "c1",
                        "--client-id",
                        "cc",
                        "--token-url",
                        "https://acme.conductor.one/auth/v1/token");

        run(true, "config", "conductorone", "--app", "w", "--c1", "c1");
        run(false, "config", "conductorone", "--app", "w", "--c1", "c1", "--no-secret");
        run(false, "config", "conductorone", "--app", "o", "--c1", "c1");
        run(false, "config", "conductorone", "--app", "w", "--c1", "w");
        run(true, "config", "cloudflare", "--app", "o");
        run(false, "config", "cloudflare", "--app", "o", "--no-secret");
        run(false, "config", "cloudflare", "--app", "w");
        run(true, "config", "aic", "--app", "w");
        run(true, "config", "aic", "--app", "w", "--json");
        run(false, "config", "aic", "--app", "w", "--no-secret");
        run(false, "config", "aic", "--app", "w", "--json", "--no-secret");
        run(false, "config", "pf-console-oidc", "--app", "o");
        Path runProperties = Files.writeString(dir.resolve("run.properties"), "pf.console.authentication=native\n");
        run(false, "config", "pf-console-oidc", "--app", "o", "--runprops", runProperties.toString());
        assertThat(Files.readString(runProperties)).isEqualTo("pf.console.authentication=OIDC\n");

        Path withSecret = dir.resolve("cf.json");
        Path withoutSecret = dir.resolve("cf-shared.json");
        run(false, "config", "cloudflare", "--app", "o", "--out", withSecret.toString());
        run(false, "config", "cloudflare", "--app", "o", "--no-secret", "--out", withoutSecret.toString());
        assertThat(Files.readString(withSecret)).contains(CANARY + "-oidc");
        assertThat(Files.readString(withoutSecret)).doesNotContain(CANARY);
        try (var files = Files.list(dir)) {
            assertThat(files.map(Path::getFileName).map(Path::toString))
                    .as("no temporary file left behind")
                    .noneMatch(n -> n.contains(".tmp"));
        }
        assertThat(Files.readString(dir.resolve("logs").resolve(AppLog.FILE)))
                .as("the log")
                .contains(" failed: ")
                .doesNotContain(CANARY);
    }
}
