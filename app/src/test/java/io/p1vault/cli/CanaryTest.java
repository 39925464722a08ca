package io.p1vault.cli;

import io.p1vault.TestCredentials;
import io.p1vault.crypto.age.ScryptIdentity;
import io.p1vault.crypto.age.ScryptRecipient;
import io.p1vault.desktop.AppLog;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.GatewayCredentials;
import io.p1vault.vault.ImportPreview;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Puts one canary value into every secret (vault, new and export passphrases, credential
 * signature, client secret, server password), runs every command, failures included, with
 * --debug, and checks that the canary shows up nowhere but in what {@code show --reveal} prints
 * (the log included).
 */
class CanaryTest {
    private static final String CANARY = "CANARY-7f3e-secret";
    private static final String JWT = TestCredentials.jwt(TestCredentials.claims("jti-canary"), CANARY);
    private static final String ENV = TestCredentials.ENVIRONMENT_ID;

    @TempDir
    Path dir;

    private final List<String> ran = new ArrayList<>();
    private Cli cli;

    /** Runs with --debug and checks both streams; only a revealing show may print the canary, on stdout. */
    private Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--debug");
        Cli.Result r = cli.run(all.toArray(String[]::new));
        ran.add(String.join(" ", args) + " -> " + r.exit());
        boolean reveals = args[0].equals("show") && List.of(args).contains("--reveal") && r.exit() == 0;
        assertThat(r.err()).as("stderr of %s", List.of(args)).doesNotContain(CANARY);
        if (reveals) {
            assertThat(r.out()).as("stdout of %s", List.of(args)).contains(CANARY);
        } else {
            assertThat(r.out()).as("stdout of %s", List.of(args)).doesNotContain(CANARY);
        }
        return r;
    }

    @Test
    void theCanaryNeverLeaks() throws Exception {
        AppLog.install(dir.resolve("logs"));
        cli = new Cli(dir).set(PassphraseSource.VAULT_VARIABLE, CANARY);
        String v = dir.resolve("v.age").toString();
        String other = dir.resolve("other.age").toString();
        run("init", "--vault", v, "--work-factor", "10");
        run("init", "--vault", other, "--work-factor", "10");
        run("init", "--vault", v, "--work-factor", "10");

        cli.stdin(JWT + "\n");
        run("add", "gateway-credential", "--vault", v, "--name", "gw");
        run("add", "gateway-credential", "--vault", v, "--name", "gw-again");
        cli.stdin(CANARY);
        run("add", "gateway-credential", "--vault", v, "--name", "garbled");
        cli.stdin(TestCredentials.base64Url("{\"alg\":\"RS256\"}") + "." + CANARY + "." + CANARY);
        run("add", "gateway-credential", "--vault", v, "--name", "garbled");
        cli.stdin(CANARY + "\n");
        run(
                "add",
                "pingone-app",
                "--vault",
                v,
                "--name",
                "app",
                "--type",
                "worker",
                "--environment-id",
                ENV,
                "--region",
                "eu",
                "--client-id",
                "client");
        run(
                "add",
                "pingone-app",
                "--vault",
                v,
                "--name",
                "app2",
                "--type",
                "worker",
                "--environment-id",
                ENV,
                "--region",
                "mars",
                "--client-id",
                "client");
        run(
                "add",
                "pingfederate-server",
                "--vault",
                v,
                "--name",
                "app",
                "--url",
                "https://pf.example.com",
                "--username",
                "admin");
        run("add", "pingfederate-server", "--vault", v, "--name", "pf", "--url", "ftp://pf", "--username", "admin");
        Path secretFile = Files.writeString(dir.resolve("secret"), CANARY + "\n");
        run(
                "add",
                "pingfederate-server",
                "--vault",
                v,
                "--name",
                "pf2",
                "--url",
                "https://pf2",
                "--username",
                "a",
                "--from-file",
                secretFile.toString());
        String recipient =
                run("keygen", "--vault", other, "--name", "support").out().strip();
        run("keygen", "--vault", v, "--name", "mine");

        run("list", "--vault", v);
        run("list", "--vault", v, "--json");
        for (String[] entry : new String[][] {
            {"gw", "pingone-gateway-credential"},
            {"app", "pingone-application"},
            {"app", "pingfederate-server"},
            {"pf2", "pingfederate-server"}
        }) {
            run("show", "--vault", v, entry[0], "--kind", entry[1]);
            run("show", "--vault", v, entry[0], "--kind", entry[1], "--json");
            run("show", "--vault", v, entry[0], "--kind", entry[1], "--reveal");
            run("show", "--vault", v, entry[0], "--kind", entry[1], "--json", "--reveal");
        }
        run("show", "--vault", v, "app");
        run("show", "--vault", v, "nothing");
        run("show", "--vault", v);
        run("rename", "--vault", v, "pf2", "app");
        run("rename", "--vault", v, "pf2", "pf3");
        run("remove", "--vault", v, "nothing");

        cli.set(PassphraseSource.EXPORT_VARIABLE, CANARY + " export");
        String toPassphrase = dir.resolve("p.age").toString();
        String toKey = dir.resolve("k.age").toString();
        run("export", "--vault", v, "--out", toPassphrase, "--work-factor", "10", "--armor");
        run("export", "--vault", v, "--out", toPassphrase, "--work-factor", "10");
        run("export", "--vault", v, "--out", toKey, "--recipient", recipient);
        run(
                "export",
                "--vault",
                v,
                "--out",
                dir.resolve("x.age").toString(),
                "--recipient",
                "AGE-SECRET-KEY-1" + CANARY);
        run(
                "export",
                "--vault",
                v,
                "--out",
                dir.resolve("x.age").toString(),
                "--recipient",
                recipient,
                "--work-factor",
                "10");
        cli.set(PassphraseSource.EXPORT_VARIABLE, null);
        run("export", "--vault", v, "--out", dir.resolve("y.age").toString(), "--work-factor", "10");
        run("import", "--vault", other, "--in", toPassphrase);
        cli.set(PassphraseSource.EXPORT_VARIABLE, CANARY + " wrong");
        run("import", "--vault", other, "--in", toPassphrase);
        run("import", "--vault", other, "--in", toKey, "--dry-run");
        run("import", "--vault", other, "--in", toKey);
        run("rename", "--vault", v, "pf3", "pf4");
        run("remove", "--vault", v, "gw");
        run("export", "--vault", v, "--out", dir.resolve("z.age").toString(), "--recipient", recipient);
        run("import", "--vault", other, "--in", dir.resolve("z.age").toString());
        run("import", "--vault", other, "--in", dir.resolve("z.age").toString(), "--on-conflict", "keep-both");

        cli.set(PassphraseSource.NEW_VARIABLE, CANARY + " new");
        run("passwd", "--vault", v);
        run("list", "--vault", v);
        cli.set(PassphraseSource.VAULT_VARIABLE, CANARY + " new");
        try (Vault held = Vault.open(Path.of(v), (CANARY + " new").toCharArray())) {
            run("list", "--vault", v);
        }
        Path passphraseFile =
                Files.write(dir.resolve("pass"), (CANARY + "\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        run("list", "--vault", v, "--passphrase-file", passphraseFile.toString());
        run("list", "--vault", dir.resolve("missing.age").toString());
        run("list", "--vault", secretFile.toString());

        assertThat(ran)
                .as("every command ran, successes and failures")
                .anyMatch(r -> r.endsWith("-> 0"))
                .anyMatch(r -> r.endsWith("-> 1"))
                .anyMatch(r -> r.endsWith("-> 2"))
                .hasSizeGreaterThan(50);
        assertThat(Files.readString(dir.resolve("logs").resolve(AppLog.FILE)))
                .as("the log")
                .contains(" failed: ")
                .doesNotContain(CANARY);
    }

    @Test
    void noModelObjectPrintsTheCanary() throws Exception {
        cli = new Cli(dir).set(PassphraseSource.VAULT_VARIABLE, CANARY);
        Path v = cli.init("v.age");
        assertThat(cli.stdin(JWT)
                        .run("add", "gateway-credential", "--vault", v.toString(), "--name", "gw")
                        .exit())
                .isZero();
        assertThat(cli.stdin(CANARY)
                        .run(
                                "add",
                                "pingone-app",
                                "--vault",
                                v.toString(),
                                "--name",
                                "app",
                                "--type",
                                "oidc",
                                "--environment-id",
                                ENV,
                                "--region",
                                "eu",
                                "--client-id",
                                "c")
                        .exit())
                .isZero();
        assertThat(cli.stdin(CANARY)
                        .run(
                                "add",
                                "pingfederate-server",
                                "--vault",
                                v.toString(),
                                "--name",
                                "pf",
                                "--url",
                                "https://pf",
                                "--username",
                                "u")
                        .exit())
                .isZero();
        Path export = dir.resolve("e.age");
        cli.set(PassphraseSource.EXPORT_VARIABLE, CANARY);
        assertThat(cli.run("export", "--vault", v.toString(), "--out", export.toString(), "--work-factor", "10")
                        .exit())
                .isZero();

        List<Object> objects = new ArrayList<>();
        try (Vault vault = cli.open(v)) {
            VaultEditor editor = new VaultEditor(vault);
            objects.add(editor.addNewIdentity("id"));
            objects.add(editor.addNewIdentity("post-quantum id", true));
            for (Entry e : vault.document().entries) {
                objects.add(e);
                objects.add(e.secret());
                if (e instanceof GatewayCredentialEntry c) {
                    objects.add(c.getClaims());
                }
            }
            objects.add(vault.document());
            objects.addAll(vault.document().history);
            objects.add(vault);
            ImportPreview preview = VaultImport.preview(vault, export, CANARY.toCharArray());
            objects.add(preview);
            objects.addAll(preview.items());
        }
        objects.add(GatewayCredentials.parse(JWT.toCharArray()));
        objects.add(new ScryptRecipient(CANARY.toCharArray(), 10));
        objects.add(new ScryptIdentity(CANARY.toCharArray()));
        assertThat(objects).hasSizeGreaterThan(10);
        for (Object o : objects) {
            assertThat(String.valueOf(o)).as(o.getClass().getName()).doesNotContain(CANARY);
        }
    }
}
