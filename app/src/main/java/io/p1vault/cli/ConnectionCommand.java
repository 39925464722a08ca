package io.p1vault.cli;

import picocli.CommandLine.Option;

/** A command on one PingOne connection of a server. */
abstract class ConnectionCommand extends ServerCommand {
    @Option(
            names = "--connection",
            required = true,
            paramLabel = "NAME|ID",
            description = "The PingOne connection, by ID or by name.")
    String connection;
}
