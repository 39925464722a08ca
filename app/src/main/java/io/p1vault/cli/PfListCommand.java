package io.p1vault.cli;

import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.pingfederate.PingOneConnections;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Objects;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the server's PingOne connections: ID, name, state, environment, PingOne credential ID.")
final class PfListCommand extends ServerCommand {
    @Option(names = "--json", description = "Print a JSON array instead (see README).")
    boolean json;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault(); PingFederateClient client = client(server(new VaultEditor(vault)))) {
            List<PingOneConnection> connections = new PingOneConnections(client).list();
            if (json) {
                Output.json(out(), connections.stream().map(PingOneConnection::summary).toList());
                return;
            }
            int nameWidth = connections.stream().mapToInt(c -> Objects.toString(c.name(), "").length()).max().orElse(0);
            for (PingOneConnection c : connections) {
                out().println(String.format("%-22s  %-" + nameWidth + "s  %-8s  %s  %s", c.id(),
                        Objects.toString(c.name(), ""), c.active() ? "active" : "inactive",
                        Objects.toString(c.environmentId(), "-"), Objects.toString(c.credentialId(), "-")));
            }
            out().flush();
        }
    }
}
