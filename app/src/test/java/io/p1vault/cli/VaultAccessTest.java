package io.p1vault.cli;

import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command that opens a vault fails the same clear way when it cannot. */
class VaultAccessTest {
    @TempDir
    Path dir;

    Cli cli;
    Path vault;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir).stdin("not read\n");
        vault = cli.init("v.age");
    }

    /** Each command that opens an existing vault, with the arguments it needs besides --vault. */
    static Stream<List<String>> commands() {
        return Stream.of(
                List.of("list"),
                List.of("show", "x"),
                List.of("rename", "x", "y"),
                List.of("remove", "x"),
                List.of("passwd"),
                List.of("keygen", "--name", "k"),
                List.of("export", "--out", "OUT"),
                List.of("import", "--in", "IN"),
                List.of("add", "gateway-credential", "--name", "n"),
                List.of(
                        "add",
                        "pingone-app",
                        "--name",
                        "n",
                        "--type",
                        "worker",
                        "--environment-id",
                        "x",
                        "--region",
                        "eu",
                        "--client-id",
                        "c"),
                List.of("add", "pingfederate-server", "--name", "n", "--url", "https://pf", "--username", "u"));
    }

    private Cli.Result run(List<String> command, Path vaultFile) {
        List<String> args = new ArrayList<>();
        for (String a : command) {
            args.add(
                    a.equals("OUT")
                            ? dir.resolve("out.age").toString()
                            : a.equals("IN") ? dir.resolve("in.age").toString() : a);
        }
        int at = command.get(0).equals("add") ? 2 : 1;
        args.addAll(at, List.of("--vault", vaultFile.toString()));
        return cli.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void wrongPassphrase(List<String> command) throws Exception {
        byte[] before = Files.readAllBytes(vault);
        cli.set(PassphraseSource.VAULT_VARIABLE, "wrong");
        Cli.Result r = run(command, vault);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("p1vault: Wrong passphrase for " + vault.toRealPath() + ".");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(vault)).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void missingVault(List<String> command) {
        Path missing = dir.resolve("missing.age");
        Cli.Result r = run(command, missing);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("p1vault: There is no vault at " + missing + ".");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingVaultIsReportedBeforeAPassphraseIsAskedFor() {
        cli.set(PassphraseSource.VAULT_VARIABLE, null).terminal("never asked");
        Cli.Result r = cli.run("list", "--vault", dir.resolve("missing.age").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(cli.prompts).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void notAVault(List<String> command) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some notes\n");
        Cli.Result r = run(command, text);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err())
                .startsWith("p1vault: " + text.toRealPath() + " is not a p1vault vault, or its header is damaged.");
        assertThat(Files.readString(text)).isEqualTo("just some notes\n");
    }

    @Test
    void anExportToAKeyIsNotAVault() throws Exception {
        String recipient = cli.run("keygen", "--vault", vault.toString(), "--name", "me")
                .out()
                .strip();
        Path export = dir.resolve("export.age");
        assertThat(cli.run(
                                "export",
                                "--vault",
                                vault.toString(),
                                "--out",
                                export.toString(),
                                "--recipient",
                                recipient,
                                "me")
                        .exit())
                .isZero();
        Cli.Result r = cli.run("list", "--vault", export.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines())
                .containsExactly("p1vault: " + export.toRealPath() + " is encrypted to a public key, not with a "
                        + "passphrase, so it is not a personal vault. If it is an export, import it into your vault;"
                        + " if it is a team vault, open it with --team.");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void lockedByAnotherProcess(List<String> command) throws Exception {
        try (VaultHolder held = VaultHolder.start(vault, Cli.PASSPHRASE)) {
            Cli.Result r = run(command, vault);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.errLines()).hasSize(1);
            assertThat(r.err())
                    .startsWith("p1vault: The vault " + vault.toRealPath() + " is open in another p1vault (process "
                            + held.pid() + " ")
                    .endsWith(". Close it there first.\n");
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void noPassphraseAndNoTerminal(List<String> command) {
        cli.set(PassphraseSource.VAULT_VARIABLE, null);
        Cli.Result r = run(command, vault);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines())
                .containsExactly("p1vault: No vault passphrase was given: set P1VAULT_PASSPHRASE, "
                        + "use --passphrase-file FILE, or run p1vault in a terminal to be asked for it.");
    }

    @Test
    void passphraseFromAPrompt() {
        cli.set(PassphraseSource.VAULT_VARIABLE, null).terminal(Cli.PASSPHRASE);
        Cli.Result r = cli.run("list", "--vault", vault.toString());
        assertThat(r.exit()).isZero();
        assertThat(cli.prompts).containsExactly("Vault passphrase: ");
    }

    @Test
    void anEmptyVariableCountsAsUnset() {
        cli.set(PassphraseSource.VAULT_VARIABLE, "").terminal(Cli.PASSPHRASE);
        assertThat(cli.run("list", "--vault", vault.toString()).exit()).isZero();
        assertThat(cli.prompts).hasSize(1);
    }

    @Test
    void passphraseFromTheFirstLineOfAFileWhichWinsOverTheVariable() throws Exception {
        Path file = Files.writeString(dir.resolve("pass"), Cli.PASSPHRASE + "\r\nsecond line\n");
        cli.set(PassphraseSource.VAULT_VARIABLE, "wrong");
        Cli.Result r = cli.run("list", "--vault", vault.toString(), "--passphrase-file", file.toString());
        assertThat(r.exit()).isZero();
    }

    @Test
    void anUnreadablePassphraseFile() {
        Path file = dir.resolve("nope");
        Cli.Result r = cli.run("list", "--vault", vault.toString(), "--passphrase-file", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines())
                .containsExactly(
                        "p1vault: Cannot read the vault passphrase file " + file + ": no such file or folder.");
    }

    @Test
    void thePromptEndingWithoutInput() {
        cli.set(PassphraseSource.VAULT_VARIABLE, null).terminal();
        Cli.Result r = cli.run("list", "--vault", vault.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("p1vault: No vault passphrase was entered.");
    }

    @Test
    void everyCommandReleasesTheVault() throws Exception {
        for (List<String> command : commands().toList()) {
            run(command, vault);
            try (Vault v = cli.open(vault)) {
                assertThat(v.path()).isEqualTo(vault.toRealPath());
            }
        }
    }
}
