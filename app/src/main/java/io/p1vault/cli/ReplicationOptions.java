package io.p1vault.cli;

import picocli.CommandLine.Option;

/** Whether a write to a clustered PingFederate is replicated to its engines without asking. */
final class ReplicationOptions {
    @Option(
            names = "--replicate",
            description = "On a cluster, replicate the change to the engine nodes without asking.")
    boolean replicate;

    @Option(
            names = "--no-replicate",
            description = "On a cluster, never replicate; only say which engines lack the change.")
    boolean noReplicate;

    void check() throws CliException {
        if (replicate && noReplicate) {
            throw new CliException("--replicate and --no-replicate contradict each other; give one.");
        }
    }
}
