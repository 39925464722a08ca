package io.p1vault.cli;

import io.p1vault.pingfederate.Cluster;
import io.p1vault.pingfederate.ClusterStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "replicate",
        mixinStandardHelpOptions = true,
        description = {
            "Replicates the admin console's configuration to the engine nodes of a clustered PingFederate "
                    + "(POST /cluster/replicate) and waits until they have applied it.",
            "The replication is recorded in the vault's history and on the deployments it brings to the engines."
        })
final class PfReplicateCommand extends ServerCommand {
    @Option(names = "--yes", description = "Replicate without asking.")
    boolean yes;

    @Option(names = "--dry-run", description = "Print the request that would be sent; send nothing.")
    boolean dryRun;

    @Override
    void run(Session s) throws Exception {
        Cluster cluster = new Cluster(s.api().client());
        ClusterStatus status = cluster.status()
                .orElseThrow(
                        () -> new CliException(
                                "\"" + s.server().getName()
                                        + "\" is a standalone PingFederate (403 on /cluster/status): there are no engine nodes to replicate to."));
        int engines = status.engines().size();
        confirm(
                status.enginesBehind() > 0
                        ? status.enginesBehind() + " of " + engines + " engine node" + (engines == 1 ? "" : "s")
                                + " lack the console's latest configuration."
                        : "Replication is not required: the " + engines + " engine node"
                                + (engines == 1 ? " has" : "s have") + " the console's configuration.");
        if (dryRun) {
            printDryRun(s.api(), cluster.replicateRequest());
            return;
        }
        if (!confirmed(yes, "Replicate the configuration of \"" + s.server().getName() + "\" to its engine nodes?")) {
            confirm("Not replicated; nothing was changed.");
            return;
        }
        replicate(s, cluster);
    }
}
