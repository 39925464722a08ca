package io.p1vault.cli;

import io.p1vault.pingfederate.Cluster;
import io.p1vault.pingfederate.ClusterNode;
import io.p1vault.pingfederate.ClusterStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description =
                "Shows whether the server is standalone or clustered and, for a cluster, its nodes (address, mode, "
                        + "index, version, replication state), the last configuration update and replication, and whether "
                        + "the engine nodes need a replication.")
final class PfClusterCommand extends ServerCommand {
    @Option(names = "--json", description = "Print JSON instead (see README).")
    boolean json;

    @Override
    void run(Session s) throws Exception {
        Optional<ClusterStatus> status = new Cluster(s.api().client()).status();
        Map<String, Object> view = status.map(ClusterStatus::summary).orElseGet(() -> {
            Map<String, Object> standalone = new LinkedHashMap<>();
            standalone.put("clustered", false);
            return standalone;
        });
        if (json) {
            Output.json(out(), view);
        } else {
            Output.text(out(), view);
        }
        if (status.isEmpty()) {
            confirm("\"" + s.server().getName() + "\" is a standalone PingFederate (403 on /cluster/status): "
                    + "nothing to replicate.");
            return;
        }
        ClusterStatus cluster = status.get();
        if (cluster.mixedMode()
                || cluster.nodes().stream().map(ClusterNode::version).distinct().count() > 1) {
            warn("the nodes run different PingFederate versions (mixed mode); replicate only once they all run "
                    + "the same one.");
        }
        if (cluster.enginesBehind() > 0) {
            confirm(cluster.enginesBehind() + " engine node" + (cluster.enginesBehind() == 1 ? " lacks" : "s lack")
                    + " the console's latest configuration; to send it: " + replicateCommand());
        }
    }
}
