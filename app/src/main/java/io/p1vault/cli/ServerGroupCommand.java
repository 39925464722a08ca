package io.p1vault.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(
        name = "server",
        mixinStandardHelpOptions = true,
        description = "Checks a PingFederate server of the vault and decides whether to trust its certificate.",
        subcommands = {ServerTestCommand.class, ServerTrustCommand.class})
final class ServerGroupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "Say what to do: " + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
