package io.p1vault.cli;

import picocli.CommandLine.Command;

@Command(
        name = "pingone",
        mixinStandardHelpOptions = true,
        description = "PingOne's platform API, as a worker application of the vault.",
        subcommands = {PingOneCredentialsCommand.class, PingOneTrustCommand.class})
final class PingOneCommand {}
