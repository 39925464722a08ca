package io.p1vault.cli;

import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.pingfederate.PingOneConnections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes a PingOne connection after showing what uses it; PingFederate refuses while it is in use.")
final class PfDeleteCommand extends ConnectionCommand {
    @Option(names = "--yes", description = "Delete without asking.")
    boolean yes;

    @Option(names = "--dry-run", description = "Print the request that would be sent; send nothing.")
    boolean dryRun;

    @Override
    void run(Session s) throws Exception {
        PingOneConnection target = s.api().find(connection);
        List<PingOneConnections.ResourceUsage> usage = s.api().usage(target.id());
        List<PingOneConnections.ServiceAssociation> services = s.api().serviceAssociations(target.id());
        confirm("PingOne connection \"" + target.name() + "\" (" + target.id() + ") on \"" + s.server().getName() + "\"");
        confirm(usage.isEmpty() ? "Used by: nothing" : "Used by:");
        usage.forEach(u -> confirm("  " + u.name() + " (" + u.categoryId() + ", " + u.type() + ")"));
        List<PingOneConnections.ServiceAssociation> configured = services.stream()
                .filter(PingOneConnections.ServiceAssociation::configured).toList();
        confirm(configured.isEmpty() ? "PingOne services configured with it: none" : "PingOne services configured with it:");
        configured.forEach(a -> confirm("  " + a.componentName() + " (" + String.join(", ", a.serviceNames()) + ")"));
        if (dryRun) {
            printDryRun(s.api(), s.api().deleteRequest(target));
            return;
        }
        if (!confirmed(yes, "Delete the PingOne connection \"" + target.name() + "\"?")) {
            confirm("Not deleted; nothing was changed.");
            return;
        }
        s.api().send(s.api().deleteRequest(target));
        s.editor().recordConnectionChange(s.server(), target.id(), null, "deleted", "PingOne connection \""
                + target.name() + "\" (" + target.id() + ") deleted on \"" + s.server().getName() + "\"");
        saveAfter(s, "The connection was deleted");
        confirm("Deleted the PingOne connection \"" + target.name() + "\" (" + target.id() + ").");
    }
}
