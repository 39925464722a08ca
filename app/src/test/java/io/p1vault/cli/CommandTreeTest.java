package io.p1vault.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A run that names a command gets only that command's tree; everything else the whole one. */
class CommandTreeTest {
    @TempDir
    Path dir;

    @Test
    void aNamedCommandGetsOnlyItsOwnTree() {
        Cli cli = new Cli(dir);
        assertThat(P1vaultCommand.commandLineFor(cli, "list", "--vault", "v.age")
                        .getSubcommands())
                .containsOnlyKeys("list");
        CommandLine pf = P1vaultCommand.commandLineFor(cli, "--debug", "pf", "list");
        assertThat(pf.getSubcommands()).containsOnlyKeys("pf");
        assertThat(pf.getSubcommands().get("pf").getSubcommands().keySet())
                .isNotEmpty()
                .containsExactlyElementsOf(P1vaultCommand.commandLine(cli)
                        .getSubcommands()
                        .get("pf")
                        .getSubcommands()
                        .keySet());
    }

    @ParameterizedTest(name = "\"{0}\" gets the whole tree")
    @ValueSource(strings = {"", "--help", "-h", "--version", "lsit", "--bogus", "help"})
    void anythingElseGetsTheWholeTree(String first) {
        Cli cli = new Cli(dir);
        String[] args = first.isEmpty() ? new String[0] : new String[] {first, "list"};
        assertThat(P1vaultCommand.commandLineFor(cli, args).getSubcommands().keySet())
                .hasSize(21)
                .containsExactlyElementsOf(
                        P1vaultCommand.commandLine(cli).getSubcommands().keySet());
    }

    @Test
    void optionsInheritedFromTheRootWorkOnASingleCommand() {
        Cli cli = new Cli(dir);
        String vault = cli.init("v.age").toString();
        Cli.Result debug = cli.run("--debug", "list", "--vault", vault, "--passphrase-file", "missing");
        Cli.Result after = cli.run("list", "--debug", "--vault", vault, "--passphrase-file", "missing");
        assertThat(debug.exit()).isEqualTo(after.exit()).isNotZero();
        // Both print the trace --debug asks for (the traces differ only in this test's line numbers).
        assertThat(debug.err().lines().findFirst())
                .isEqualTo(after.err().lines().findFirst());
        assertThat(debug.err()).contains("\tat io.p1vault.cli.ListCommand.run");
        assertThat(after.err()).contains("\tat io.p1vault.cli.ListCommand.run");
    }

    @Test
    void aSingleCommandsHelpIsTheSameAsInTheWholeTree() {
        Cli cli = new Cli(dir);
        StringWriter whole = new StringWriter();
        CommandLine all = P1vaultCommand.commandLine(cli);
        all.setOut(new PrintWriter(whole, true));
        all.execute("list", "--help");
        assertThat(cli.run("list", "--help").out()).isEqualTo(whole.toString()).contains("--vault");
    }

    /** Picocli's message, word for word: the command line converts file names itself (see Converters.path). */
    @Test
    void aFileNameNoFileCanHaveIsAUsageErrorSayingWhy() {
        Cli.Result r = new Cli(dir).run("list", "--vault", "v\0.age");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().findFirst())
                .hasValue("Invalid value for option '--vault': cannot convert 'v\\u0000.age' to interface"
                        + " java.nio.file.Path (java.nio.file.InvalidPathException: Nul character not allowed:"
                        + " v\\u0000.age)");
    }

    @Test
    void aUsageErrorShowsTheControlCharactersOfTheArgumentItQuotes() {
        Cli.Result r = new Cli(dir).run("list", "--kind", "\u001b]0;pwned\u0007\u001b[2J");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\u001b", "\u0007").contains("\\u001b]0;pwned\\u0007\\u001b[2J");
    }
}
