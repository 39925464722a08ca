package io.p1vault.cli;

import io.p1vault.pingfederate.ConnectionChanges;
import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.pingfederate.PingOneConnections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        description =
                "Deletes a PingOne connection after showing what uses it; PingFederate refuses while it is in use.")
final class PfDeleteCommand extends ConnectionCommand {
    @Option(names = "--yes", description = "Delete without asking.")
    boolean yes;

    @Option(names = "--dry-run", description = "Print the request that would be sent; send nothing.")
    boolean dryRun;

    @Mixin
    ReplicationOptions replication;

    @Override
    void run(Session s) throws Exception {
        replication.check();
        ConnectionChanges.Deletion deletion =
                ConnectionChanges.planDeletion(s.api(), s.api().find(connection).id());
        PingOneConnection target = deletion.target();
        confirm("PingOne connection \"" + target.name() + "\" (" + target.id() + ") on \""
                + s.server().getName() + "\"");
        confirm(deletion.usage().isEmpty() ? "Used by: nothing" : "Used by:");
        deletion.usage().forEach(u -> confirm("  " + u.name() + " (" + u.categoryId() + ", " + u.type() + ")"));
        List<PingOneConnections.ServiceAssociation> configured = deletion.configuredServices();
        confirm(
                configured.isEmpty()
                        ? "PingOne services configured with it: none"
                        : "PingOne services configured with it:");
        configured.forEach(a -> confirm("  " + a.componentName() + " (" + String.join(", ", a.serviceNames()) + ")"));
        if (dryRun) {
            printDryRun(s.api(), deletion.request());
            return;
        }
        if (!confirmed(yes, "Delete the PingOne connection \"" + target.name() + "\"?")) {
            confirm("Not deleted; nothing was changed.");
            return;
        }
        ConnectionChanges.send(s.api(), deletion);
        ConnectionChanges.record(deletion, s.server(), s.editor());
        saveAfter(s, "The connection was deleted");
        confirm("Deleted the PingOne connection \"" + target.name() + "\" (" + target.id() + ").");
        afterWrite(s, replication);
    }
}
