package io.p1vault.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = "Writes the configuration other systems need to use a vault's PingOne application, offline.",
        subcommands = {
            ConfigCloudflareCommand.class,
            ConfigConductorOneCommand.class,
            ConfigAicCommand.class,
            ConfigPfConsoleOidcCommand.class
        })
final class ConfigCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "Say which system: " + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
