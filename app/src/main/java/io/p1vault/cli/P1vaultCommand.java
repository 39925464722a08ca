package io.p1vault.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "p1vault",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {RunPropsCommand.class},
        description = "Keeps PingOne credentials and client secrets in an encrypted local vault "
                + "and pushes them into PingFederate.")
public final class P1vaultCommand implements Callable<Integer> {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures (never includes secret values).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Builds the configured command line shared by {@link Main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new P1vaultCommand());
        cmd.setExecutionExceptionHandler(new FailureReporter());
        return cmd;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
