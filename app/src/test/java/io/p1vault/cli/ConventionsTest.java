package io.p1vault.cli;

import io.p1vault.desktop.AppLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What holds for every command: help, version, usage errors, one-line failures and --debug. */
class ConventionsTest {
    @TempDir
    Path dir;

    static Stream<String> commands() {
        List<String> paths = new ArrayList<>();
        collect(P1vaultCommand.commandLine(), "", paths);
        return paths.stream();
    }

    private static void collect(CommandLine cmd, String prefix, List<String> out) {
        cmd.getSubcommands().forEach((name, sub) -> {
            String path = (prefix + " " + name).strip();
            out.add(path);
            collect(sub, path, out);
        });
    }

    @Test
    void everyCommandOfTheContractExists() {
        assertThat(commands())
                .containsExactlyInAnyOrder(
                        "init",
                        "add",
                        "add gateway-credential",
                        "add pingone-app",
                        "add pingfederate-server",
                        "add client-credentials",
                        "list",
                        "show",
                        "rename",
                        "edit",
                        "remove",
                        "history",
                        "restore-backup",
                        "passwd",
                        "keygen",
                        "export",
                        "import",
                        "runprops",
                        "runprops show",
                        "runprops get",
                        "runprops set",
                        "runprops unset",
                        "runprops pingone",
                        "server",
                        "server test",
                        "server trust",
                        "pf",
                        "pf list",
                        "pf push",
                        "pf set",
                        "pf delete",
                        "pf status",
                        "pf environments",
                        "pf provisioning",
                        "pf cluster",
                        "pf replicate",
                        "config",
                        "config cloudflare",
                        "config conductorone",
                        "config aic",
                        "config pf-console-oidc",
                        "pingone",
                        "pingone credentials",
                        "pingone trust",
                        "rotate",
                        "sandbox",
                        "team",
                        "team create",
                        "team members",
                        "team add-member",
                        "team remove-member",
                        "team plan",
                        "team sync",
                        "team merge-driver",
                        "team diff-driver");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasHelp(String command) {
        Cli.Result r = new Cli(dir).run(args(command, "--help"));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: p1vault " + command);
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasVersion(String command) {
        Cli.Result r = new Cli(dir).run(args(command, "--version"));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("p1vault ").hasLineCount(1);
    }

    @Test
    void theDefaultWorkFactorIsAges() {
        CommandLine init = P1vaultCommand.commandLine().getSubcommands().get("init");
        assertThat(init.getCommandSpec().findOption("--work-factor").defaultValue())
                .isEqualTo("18");
    }

    @Test
    void aMissingOptionIsAUsageError() {
        Cli.Result r = new Cli(dir).run("list");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("Missing required option: '--vault=FILE'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void addWithoutAKindIsAUsageError() {
        Cli.Result r = new Cli(dir).run("add");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith(
                        "Say what to add: gateway-credential, pingone-app, pingfederate-server, client-credentials.");
    }

    @Test
    void anUnknownKindIsAUsageError() {
        Cli cli = new Cli(dir);
        Cli.Result r = cli.run("list", "--vault", cli.init("v.age").toString(), "--kind", "password");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("Invalid value for option '--kind': unknown kind 'password'; use one of "
                        + "pingone-gateway-credential, pingone-application, pingfederate-server, age-identity");
    }

    @Test
    void aFailureIsOneLineWithoutDebugAndATraceWithIt() throws Exception {
        Cli cli = new Cli(dir);
        String vault = cli.init("v.age").toString();
        cli.set(PassphraseSource.VAULT_VARIABLE, "wrong");

        Cli.Result plain = cli.run("list", "--vault", vault);
        assertThat(plain.exit()).isEqualTo(1);
        assertThat(plain.errLines())
                .containsExactly(
                        "p1vault: Wrong passphrase for " + dir.toRealPath().resolve("v.age") + ".");

        Cli.Result debug = cli.run("list", "--vault", vault, "--debug");
        assertThat(debug.exit()).isEqualTo(1);
        assertThat(debug.errLines().get(0)).isEqualTo(plain.errLines().get(0));
        assertThat(debug.err())
                .contains("io.p1vault.vault.VaultException: Wrong passphrase")
                .contains("\tat io.p1vault.");
    }

    @Test
    void failuresAreLoggedAndAnUnexpectedOneWithItsTrace() throws Exception {
        AppLog.install(dir.resolve("logs"));
        Cli cli = new Cli(dir);
        CommandLine cmd = P1vaultCommand.commandLine(cli);
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        CommandLine.ParseResult parsed = cmd.parseArgs("list", "--vault", "v.age");
        CommandLine list = parsed.subcommand().commandSpec().commandLine();
        list.setErr(new PrintWriter(err));

        new FailureReporter().handleExecutionException(new IllegalStateException("boom"), list, parsed);
        cli.run("list", "--vault", dir.resolve("missing.age").toString());

        String log = Files.readString(dir.resolve("logs").resolve(AppLog.FILE));
        assertThat(log)
                .contains(
                        "SEVERE io.p1vault.cli.FailureReporter: p1vault list failed unexpectedly",
                        "java.lang.IllegalStateException: boom",
                        "\tat io.p1vault.cli.ConventionsTest.");
        assertThat(log).containsPattern("INFO io.p1vault.cli.FailureReporter: p1vault list failed: .*missing.age");
        assertThat(err.toString())
                .isEqualTo("p1vault: unexpected IllegalStateException: boom " + "(run again with --debug for details)"
                        + System.lineSeparator());
    }

    @Test
    void theFailureLineOfAnUnexpectedErrorPointsToDebug() {
        assertThat(FailureReporter.describe(new IllegalStateException("boom")))
                .isEqualTo("unexpected IllegalStateException: boom (run again with --debug for details)");
    }

    private static String[] args(String command, String option) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(option);
        return args.toArray(String[]::new);
    }
}
