package io.p1vault.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(
        name = "p1vault",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        // The subcommands are added by commandLine (all of them, or only the one a run names).
        description = "Keeps PingOne credentials and client secrets in an encrypted local vault "
                + "and pushes them into PingFederate.")
public final class P1vaultCommand implements Callable<Integer> {
    /** The top-level commands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
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
            TeamCommand.class);

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
        return configured(environment, SUBCOMMANDS);
    }

    /**
     * Builds the command line that runs {@code args}: when they name a top-level command, only
     * that command's tree. Picocli reads the annotations of every command it is given up front,
     * which for the whole tree is a good part of a short command's start; help, a mistyped
     * command and anything else still get the whole tree, so their output is unchanged.
     */
    public static CommandLine commandLineFor(CliEnvironment environment, String... args) {
        Optional<Class<?>> named = namedSubcommand(args);
        return configured(environment, named.map(List::<Class<?>>of).orElse(SUBCOMMANDS));
    }

    /** The top-level command that the first argument that is not a root option names, if any. */
    private static Optional<Class<?>> namedSubcommand(String... args) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                // --debug is the root's only option that a command may follow; -h and -V end the run.
                if (arg.equals("--debug")) {
                    continue;
                }
                return Optional.empty();
            }
            return SUBCOMMANDS.stream().filter(c -> names(c).contains(arg)).findFirst();
        }
        return Optional.empty();
    }

    private static List<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(annotation.aliases()));
        names.add(annotation.name());
        return names;
    }

    private static CommandLine configured(CliEnvironment environment, List<Class<?>> subcommands) {
        CommandLine cmd = new CommandLine(new P1vaultCommand(environment));
        subcommands.forEach(cmd::addSubcommand);
        // After the subcommands: a converter reaches the commands added before it.
        cmd.registerConverter(Path.class, Converters::path);
        cmd.setExecutionExceptionHandler(new FailureReporter());
        // Set at execution, so it also filters writers a caller (or a test) put in place after this;
        // and before a usage error is printed, which quotes the argument it could not take.
        cmd.setExecutionStrategy(parsed -> {
            filterOutput(parsed.commandSpec());
            return new CommandLine.RunLast().execute(parsed);
        });
        CommandLine.IParameterExceptionHandler usageError = cmd.getParameterExceptionHandler();
        cmd.setParameterExceptionHandler((e, args) -> {
            filterOutput(e.getCommandLine().getCommandSpec());
            return usageError.handleParseException(e, args);
        });
        // --version on a subcommand should print the program's version, not nothing.
        setVersionProvider(cmd, new VersionProvider());
        return cmd;
    }

    /** Makes everything the command line of {@code spec} prints pass through {@link VisibleWriter}. */
    private static void filterOutput(CommandLine.Model.CommandSpec spec) {
        CommandLine root = spec.root().commandLine();
        root.setOut(visible(root.getOut()));
        root.setErr(visible(root.getErr()));
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
