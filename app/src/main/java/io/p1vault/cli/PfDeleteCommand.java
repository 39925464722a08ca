package io.p1vault.cli;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.pingfederate.PingOneConnections;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
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
    void run() throws Exception {
        try (Vault vault = openVault()) {
            VaultEditor editor = new VaultEditor(vault);
            PingFederateServerEntry server = server(editor);
            try (PingFederateClient client = client(server)) {
                PingOneConnections api = new PingOneConnections(client);
                PingOneConnection target = api.find(connection);
                List<PingOneConnections.ResourceUsage> usage = api.usage(target.id());
                List<PingOneConnections.ServiceAssociation> services = api.serviceAssociations(target.id());
                confirm("PingOne connection \"" + target.name() + "\" (" + target.id() + ") on \"" + server.getName() + "\"");
                confirm(usage.isEmpty() ? "Used by: nothing" : "Used by:");
                usage.forEach(u -> confirm("  " + u.name() + " (" + u.categoryId() + ", " + u.type() + ")"));
                List<PingOneConnections.ServiceAssociation> configured = services.stream()
                        .filter(PingOneConnections.ServiceAssociation::configured).toList();
                confirm(configured.isEmpty() ? "PingOne services configured with it: none" : "PingOne services configured with it:");
                configured.forEach(s -> confirm("  " + s.componentName() + " (" + String.join(", ", s.serviceNames()) + ")"));
                if (dryRun) {
                    printDryRun(api, api.deleteRequest(target));
                    return;
                }
                if (!confirmed(yes, "Delete the PingOne connection \"" + target.name() + "\"?")) {
                    confirm("Not deleted; nothing was changed.");
                    return;
                }
                api.send(api.deleteRequest(target));
                editor.recordConnectionChange(server, target.id(), null, "deleted", "PingOne connection \""
                        + target.name() + "\" (" + target.id() + ") deleted on \"" + server.getName() + "\"");
                vault.save();
                confirm("Deleted the PingOne connection \"" + target.name() + "\" (" + target.id() + ").");
            }
        }
    }
}
