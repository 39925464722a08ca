package io.p1vault.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(
        name = "p1vault",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps PingOne credentials and client secrets in an encrypted local vault "
                + "and pushes them into PingFederate.",
        subcommands = {
            InitCommand.class,
            AddCommand.class,
            ListCommand.class,
            ShowCommand.class,
            RenameCommand.class,
            EditCommand.class,
            RemoveCommand.class,
            HistoryCommand.class,
            RestoreBackupCommand.class,
            PasswdCommand.class,
            KeygenCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            RunPropsCommand.class,
            ServerGroupCommand.class,
            PfCommand.class,
            PingOneCommand.class,
            RotateCommand.class,
            ConfigCommand.class,
            SandboxCommand.class,
            TeamCommand.class
        })
public final class P1vaultCommand implements Callable<Integer> {

    @Option(
            names = "--debug",
            scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures (never includes secret values).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CliEnvironment environment;

    private P1vaultCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /** Builds the configured command line on the process's own environment, as {@link Main} runs it. */
    public static CommandLine commandLine() {
        return commandLine(CliEnvironment.system());
    }

    /** Builds the configured command line on {@code environment}; tests pass their own. */
    public static CommandLine commandLine(CliEnvironment environment) {
        CommandLine cmd = new CommandLine(new P1vaultCommand(environment));
        cmd.setExecutionExceptionHandler(new FailureReporter());
        // Set at execution, so it also filters writers a caller (or a test) put in place after this.
        cmd.setExecutionStrategy(parsed -> {
            CommandLine root = parsed.commandSpec().root().commandLine();
            root.setOut(visible(root.getOut()));
            root.setErr(visible(root.getErr()));
            return new CommandLine.RunLast().execute(parsed);
        });
        // --version on a subcommand should print the program's version, not nothing.
        setVersionProvider(cmd, new VersionProvider());
        return cmd;
    }

    private static PrintWriter visible(PrintWriter out) {
        return new PrintWriter(VisibleWriter.of(out), true);
    }

    private static void setVersionProvider(CommandLine cmd, VersionProvider provider) {
        cmd.getCommandSpec().versionProvider(provider);
        cmd.getSubcommands().values().forEach(sub -> setVersionProvider(sub, provider));
    }

    CliEnvironment environment() {
        return environment;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
