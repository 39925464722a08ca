package io.p1vault.cli;

import io.p1vault.TestCredentials;
import io.p1vault.model.Entry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.Secret;
import io.p1vault.model.SecretsMade;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ExportImportCommandTest {
    private static final String EXPORT_PASSPHRASE = "export passphrase";

    @TempDir
    Path dir;

    Cli cli;
    Path sender;
    Path receiver;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        sender = cli.init("sender.age");
        receiver = cli.init("receiver.age");
        ok(cli.stdin(TestCredentials.jwt("jti-1"))
                .run("add", "gateway-credential", "--vault", s(sender), "--name", "gw"));
        ok(cli.stdin("pf-password")
                .run(
                        "add",
                        "pingfederate-server",
                        "--vault",
                        s(sender),
                        "--name",
                        "pf",
                        "--url",
                        "https://pf.example.com:9999",
                        "--username",
                        "admin"));
        addApp(sender, "billing", "client-1", "secret-1");
    }

    private static String s(Path p) {
        return p.toString();
    }

    private static Cli.Result ok(Cli.Result r) {
        assertThat(r.exit()).as(r.toString()).isZero();
        return r;
    }

    private void addApp(Path vault, String name, String clientId, String secret) {
        ok(cli.stdin(secret)
                .run(
                        "add",
                        "pingone-app",
                        "--vault",
                        s(vault),
                        "--name",
                        name,
                        "--type",
                        "worker",
                        "--environment-id",
                        TestCredentials.ENVIRONMENT_ID,
                        "--region",
                        "eu",
                        "--client-id",
                        clientId));
    }

    /** Each entry as "kind:name" → its secret, for comparing vaults. */
    private Map<String, String> contents(Path vault) throws Exception {
        try (Vault open = cli.open(vault)) {
            return open.document().entries.stream()
                    .collect(Collectors.toMap(
                            e -> e.getKind() + ":" + e.getName(),
                            e -> new String(e.secret().reveal())));
        }
    }

    private Entry entry(Path vault, String name) throws Exception {
        try (Vault open = cli.open(vault)) {
            return open.document().entries.stream()
                    .filter(e -> e.getName().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private Path exportWithPassphrase(String file, String... names) {
        Path out = dir.resolve(file);
        cli.set(PassphraseSource.EXPORT_VARIABLE, EXPORT_PASSPHRASE);
        List<String> args =
                new ArrayList<>(List.of("export", "--vault", s(sender), "--out", s(out), "--work-factor", "10"));
        args.addAll(List.of(names));
        ok(cli.run(args.toArray(String[]::new)));
        return out;
    }

    @Test
    void roundTripToARecipientHeldInAnotherVault() throws Exception {
        String recipient = ok(cli.run("keygen", "--vault", s(receiver), "--name", "support"))
                .out()
                .strip();
        Path out = dir.resolve("to-support.age");
        Cli.Result export = ok(cli.run("export", "--vault", s(sender), "--out", s(out), "--recipient", recipient));
        assertThat(export.out()).isEmpty();
        assertThat(export.errLines()).containsExactly("Exported 3 entries to " + out + ", encrypted to 1 recipient.");
        assertThat(Files.readString(out, StandardCharsets.ISO_8859_1)).startsWith("age-encryption.org/v1\n-> X25519 ");

        cli.set(PassphraseSource.EXPORT_VARIABLE, null).terminal();
        Cli.Result imported = ok(cli.run("import", "--vault", s(receiver), "--in", s(out)));
        assertThat(cli.prompts).isEmpty();
        assertThat(imported.out().lines())
                .containsExactly(
                        "new            pingone-gateway-credential  \"gw\"",
                        "new            pingfederate-server         \"pf\"",
                        "new            pingone-application         \"billing\"");
        assertThat(imported.errLines())
                .containsExactly("Imported " + out + ": 3 added, 0 replaced, 0 kept both, 0 skipped, 0 identical.");
        Map<String, String> received = contents(receiver);
        received.remove("age-identity:support");
        assertThat(received).isEqualTo(contents(sender));
        assertThat(entry(receiver, "billing").getId())
                .isEqualTo(entry(sender, "billing").getId());
    }

    @Test
    void roundTripToAPassphrase() throws Exception {
        Path out = dir.resolve("plain.age");
        Path passphraseFile = Files.writeString(dir.resolve("export-pass"), EXPORT_PASSPHRASE + "\n");
        Cli.Result export = ok(cli.run(
                "export",
                "--vault",
                s(sender),
                "--out",
                s(out),
                "--work-factor",
                "10",
                "--export-passphrase-file",
                s(passphraseFile),
                "pf",
                "billing"));
        assertThat(export.errLines())
                .containsExactly(
                        "p1vault: warning: work factor 10 is below age's default of 18; use it only for tests and demos.",
                        "Exported 2 entries to " + out + ", protected by a passphrase.");
        assertThat(Files.readString(out, StandardCharsets.ISO_8859_1)).startsWith("age-encryption.org/v1\n-> scrypt ");

        ok(cli.run("import", "--vault", s(receiver), "--in", s(out), "--export-passphrase-file", s(passphraseFile)));
        assertThat(contents(receiver))
                .containsOnlyKeys("pingfederate-server:pf", "pingone-application:billing")
                .containsEntry("pingone-application:billing", "secret-1");
    }

    @Test
    void roundTripToAnArmoredPassphraseExportAskingForThePassphrases() throws Exception {
        Path out = dir.resolve("armored.txt");
        cli.terminal(EXPORT_PASSPHRASE, EXPORT_PASSPHRASE);
        ok(cli.run("export", "--vault", s(sender), "--out", s(out), "--work-factor", "10", "--armor"));
        assertThat(cli.prompts).containsExactly("Export passphrase: ", "Repeat the export passphrase: ");
        assertThat(Files.readString(out))
                .startsWith("-----BEGIN AGE ENCRYPTED FILE-----\n")
                .endsWith("-----END AGE ENCRYPTED FILE-----\n");

        cli.prompts.clear();
        cli.terminal(EXPORT_PASSPHRASE);
        ok(cli.run("import", "--vault", s(receiver), "--in", s(out)));
        assertThat(cli.prompts).containsExactly("Export passphrase: ");
        assertThat(contents(receiver)).isEqualTo(contents(sender));
    }

    @Test
    void importWithoutTheNeededPassphrase() throws Exception {
        Path out = exportWithPassphrase("e.age");
        byte[] before = Files.readAllBytes(receiver);
        cli.set(PassphraseSource.EXPORT_VARIABLE, null);
        Cli.Result missing = cli.run("import", "--vault", s(receiver), "--in", s(out));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.errLines())
                .containsExactly("p1vault: " + out + " is protected by a passphrase. No export "
                        + "passphrase was given: set P1VAULT_EXPORT_PASSPHRASE, use --export-passphrase-file FILE, or run "
                        + "p1vault in a terminal to be asked for it.");
        Cli.Result wrong = cli.set(PassphraseSource.EXPORT_VARIABLE, "wrong")
                .run("import", "--vault", s(receiver), "--in", s(out));
        assertThat(wrong.errLines()).containsExactly("p1vault: Wrong passphrase for " + out + ".");
        assertThat(Files.readAllBytes(receiver)).isEqualTo(before);
    }

    @Test
    void importOfAnExportToSomeoneElse() {
        String recipient = ok(cli.run("keygen", "--vault", s(sender), "--name", "not the receiver"))
                .out()
                .strip();
        Path out = dir.resolve("e.age");
        ok(cli.run("export", "--vault", s(sender), "--out", s(out), "--recipient", recipient, "pf"));
        Cli.Result r = cli.terminal().run("import", "--vault", s(receiver), "--in", s(out));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines())
                .containsExactly("p1vault: " + out + " was encrypted to a key this vault does not hold. "
                        + "Ask the sender to export it to one of your recipients (p1vault keygen).");
        assertThat(cli.prompts).isEmpty();
    }

    @Test
    void importOfAMissingFile() {
        Path missing = dir.resolve("missing.age");
        Cli.Result r = cli.run("import", "--vault", s(receiver), "--in", s(missing));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("p1vault: There is no file " + missing + ".");
    }

    @Test
    void exportFailures() throws Exception {
        Path existing = Files.writeString(dir.resolve("existing.age"), "keep me");
        cli.set(PassphraseSource.EXPORT_VARIABLE, null).terminal("never asked");
        Cli.Result taken = cli.run("export", "--vault", s(sender), "--out", s(existing));
        assertThat(taken.exit()).isEqualTo(1);
        assertThat(taken.errLines())
                .containsExactly("p1vault: " + existing + " already exists; choose a new file name.");
        assertThat(cli.prompts).isEmpty();
        assertThat(Files.readString(existing)).isEqualTo("keep me");

        Path out = dir.resolve("out.age");
        Cli.Result badKey = cli.run("export", "--vault", s(sender), "--out", s(out), "--recipient", "age1notakey");
        assertThat(badKey.errLines())
                .containsExactly("p1vault: \"age1notakey\" is not an age public key (age1…): "
                        + "check that it was copied completely.");

        String secretKey = "AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ";
        Cli.Result pastedSecretKey = cli.run("export", "--vault", s(sender), "--out", s(out), "--recipient", secretKey);
        assertThat(pastedSecretKey.errLines())
                .containsExactly("p1vault: A recipient given is an age secret key "
                        + "(AGE-SECRET-KEY-…), not a public key (age1…): keep it to yourself and give its public key.");

        Cli.Result noPassphrase =
                new Cli(dir).run("export", "--vault", s(sender), "--out", s(out), "--work-factor", "10");
        assertThat(noPassphrase.exit()).isEqualTo(1);
        assertThat(noPassphrase.errLines())
                .endsWith("p1vault: No export passphrase was given: set P1VAULT_EXPORT_PASSPHRASE, "
                        + "use --export-passphrase-file FILE, or run p1vault in a terminal to be asked for it.");

        Cli.Result unknown = cli.set(PassphraseSource.EXPORT_VARIABLE, "x")
                .run("export", "--vault", s(sender), "--out", s(out), "--work-factor", "10", "pf", "nope");
        assertThat(unknown.errLines()).containsExactly("p1vault: No entry named \"nope\" in the vault.");

        Cli.Result both = cli.run(
                "export",
                "--vault",
                s(sender),
                "--out",
                s(out),
                "--recipient",
                "age1x",
                "--export-passphrase-file",
                s(existing));
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).startsWith("An export goes either to --recipient keys or to a passphrase");

        Path empty = cli.init("empty.age");
        Cli.Result nothing = cli.run("export", "--vault", s(empty), "--out", s(out), "--work-factor", "10");
        assertThat(nothing.errLines()).endsWith("p1vault: There is nothing to export.");
        assertThat(out).doesNotExist();
    }

    @Test
    void exportRecordsItselfInTheHistory() throws Exception {
        exportWithPassphrase("e.age", "pf");
        try (Vault open = cli.open(sender)) {
            assertThat(open.document().history.get(open.document().history.size() - 1).action)
                    .isEqualTo("export");
        }
    }

    /**
     * The receiver holds the sender's gw, pf and billing; then the sender renames pf (a conflict by
     * id), replaces billing with a new entry of the same name (a conflict by name), adds pf-dr
     * (new) and leaves gw alone (identical).
     */
    private Path conflictingExport() throws Exception {
        ok(cli.run("import", "--vault", s(receiver), "--in", s(exportWithPassphrase("first.age"))));
        ok(cli.run("rename", "--vault", s(sender), "pf", "pf-prod"));
        ok(cli.run("remove", "--vault", s(sender), "billing"));
        addApp(sender, "billing", "client-2", "secret-2");
        ok(cli.stdin("dr-password")
                .run(
                        "add",
                        "pingfederate-server",
                        "--vault",
                        s(sender),
                        "--name",
                        "pf-dr",
                        "--url",
                        "https://dr.example.com",
                        "--username",
                        "admin"));
        return exportWithPassphrase("second.age");
    }

    private static final List<String> PREVIEW = List.of(
            "identical      pingone-gateway-credential  \"gw\"",
            "conflict-id    pingfederate-server         \"pf-prod\"  (in the vault as \"pf\")  differs: name",
            "conflict-name  pingone-application         \"billing\"  differs: clientId, secret",
            "new            pingfederate-server         \"pf-dr\"");

    /**
     * Whether the import is a dry run, refused or applied, every secret it read from the export ends
     * wiped: what was not taken in by the preview's end, the rest with the vault when it closes.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"a dry run, --dry-run, 0", "refused for its conflicts, , 1", "applied, --on-conflict=replace, 0"})
    void anImportLeavesNoSecretOfTheExportUnwiped(String what, String option, int exit) throws Exception {
        Path export = conflictingExport();
        List<String> args = new ArrayList<>(List.of("import", "--vault", s(receiver), "--in", s(export)));
        if (option != null) {
            args.add(option);
        }
        try (SecretsMade made = SecretsMade.onThisThread()) {
            assertThat(cli.run(args.toArray(String[]::new)).exit()).isEqualTo(exit);

            assertThat(made.made()).isNotEmpty().allMatch(Secret::isDestroyed);
        }
    }

    @Test
    void aDryRunPrintsThePreviewAndChangesNothing() throws Exception {
        Path export = conflictingExport();
        byte[] before = Files.readAllBytes(receiver);
        Cli.Result r = ok(cli.run("import", "--vault", s(receiver), "--in", s(export), "--dry-run"));
        assertThat(r.out().lines()).containsExactlyElementsOf(PREVIEW);
        assertThat(r.errLines()).containsExactly("Dry run: nothing was changed.");
        assertThat(r.out()).doesNotContain("secret-1").doesNotContain("secret-2");
        assertThat(Files.readAllBytes(receiver)).isEqualTo(before);
    }

    @Test
    void conflictsWithoutAPolicyImportNothing() throws Exception {
        Path export = conflictingExport();
        byte[] before = Files.readAllBytes(receiver);
        Cli.Result r = cli.run("import", "--vault", s(receiver), "--in", s(export));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).containsExactlyElementsOf(PREVIEW);
        assertThat(r.errLines())
                .containsExactly("p1vault: 2 entries conflict with the vault: pingfederate-server "
                        + "\"pf-prod\" (same id), pingone-application \"billing\" (same name). Nothing was imported; choose "
                        + "--on-conflict keep-both, replace or skip.");
        assertThat(Files.readAllBytes(receiver)).isEqualTo(before);
    }

    @Test
    void skipKeepsTheVaultsEntries() throws Exception {
        Path export = conflictingExport();
        Cli.Result r = ok(cli.run("import", "--vault", s(receiver), "--in", s(export), "--on-conflict", "skip"));
        assertThat(r.errLines())
                .containsExactly("Imported " + export + ": 1 added, 0 replaced, 0 kept both, 2 skipped, 1 identical.");
        assertThat(contents(receiver))
                .containsOnly(
                        Map.entry("pingone-gateway-credential:gw", TestCredentials.jwt("jti-1")),
                        Map.entry("pingfederate-server:pf", "pf-password"),
                        Map.entry("pingone-application:billing", "secret-1"),
                        Map.entry("pingfederate-server:pf-dr", "dr-password"));
    }

    @Test
    void replaceTakesTheImportedEntries() throws Exception {
        Path export = conflictingExport();
        Cli.Result r = ok(cli.run("import", "--vault", s(receiver), "--in", s(export), "--on-conflict", "replace"));
        assertThat(r.errLines())
                .containsExactly("Imported " + export + ": 1 added, 2 replaced, 0 kept both, 0 skipped, 1 identical.");
        assertThat(contents(receiver))
                .containsOnly(
                        Map.entry("pingone-gateway-credential:gw", TestCredentials.jwt("jti-1")),
                        Map.entry("pingfederate-server:pf-prod", "pf-password"),
                        Map.entry("pingone-application:billing", "secret-2"),
                        Map.entry("pingfederate-server:pf-dr", "dr-password"));
        assertThat(((PingOneApplicationEntry) entry(receiver, "billing")).getClientId())
                .isEqualTo("client-2");
        assertThat(entry(receiver, "billing").getId())
                .isEqualTo(entry(sender, "billing").getId());
    }

    @Test
    void keepBothAddsTheImportedEntriesUnderNewNames() throws Exception {
        Path export = conflictingExport();
        Cli.Result r = ok(cli.run("import", "--vault", s(receiver), "--in", s(export), "--on-conflict", "keep-both"));
        assertThat(r.errLines())
                .containsExactly("Imported " + export + ": 1 added, 0 replaced, 2 kept both, 0 skipped, 1 identical.");
        assertThat(contents(receiver))
                .containsOnly(
                        Map.entry("pingone-gateway-credential:gw", TestCredentials.jwt("jti-1")),
                        Map.entry("pingfederate-server:pf", "pf-password"),
                        Map.entry("pingfederate-server:pf-prod (imported)", "pf-password"),
                        Map.entry("pingone-application:billing", "secret-1"),
                        Map.entry("pingone-application:billing (imported)", "secret-2"),
                        Map.entry("pingfederate-server:pf-dr", "dr-password"));
        assertThat(entry(receiver, "pf-prod (imported)").getId())
                .isNotEqualTo(entry(receiver, "pf").getId());
    }

    @Test
    void anUnknownPolicyIsAUsageError() throws Exception {
        Cli.Result r = cli.run(
                "import", "--vault", s(receiver), "--in", s(exportWithPassphrase("e.age")), "--on-conflict", "merge");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("Invalid value for option '--on-conflict': 'merge' is not a choice. "
                        + "Answer mine, theirs or both.");
    }
}
