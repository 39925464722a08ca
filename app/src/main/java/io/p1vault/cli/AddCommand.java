package io.p1vault.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = "Adds an entry to the vault.",
        subcommands = {
            AddGatewayCredentialCommand.class,
            AddPingOneAppCommand.class,
            AddPingFederateServerCommand.class,
            AddClientCredentialsCommand.class
        })
final class AddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Only reached without a subcommand, which is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "Say what to add: " + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
