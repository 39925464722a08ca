package io.p1vault.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(
        name = "pf",
        mixinStandardHelpOptions = true,
        description = "Manages the PingOne connections of a PingFederate server through its admin API.",
        subcommands = {
            PfListCommand.class,
            PfPushCommand.class,
            PfSetCommand.class,
            PfDeleteCommand.class,
            PfStatusCommand.class,
            PfEnvironmentsCommand.class,
            PfProvisioningCommand.class,
            PfClusterCommand.class,
            PfReplicateCommand.class
        })
final class PfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "Say what to do: " + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
