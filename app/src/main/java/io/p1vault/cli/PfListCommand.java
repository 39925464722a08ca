package io.p1vault.cli;

import io.p1vault.pingfederate.PingOneConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Objects;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the server's PingOne connections: ID, name, state, environment, PingOne credential ID.")
final class PfListCommand extends ServerCommand {
    @Option(names = "--json", description = "Print a JSON array instead (see README).")
    boolean json;

    @Override
    void run(Session s) throws Exception {
        List<PingOneConnection> connections = s.api().list();
        if (json) {
            Output.json(
                    out(), connections.stream().map(PingOneConnection::summary).toList());
            return;
        }
        int nameWidth = connections.stream()
                .mapToInt(c -> Output.cell(c.name()).length())
                .max()
                .orElse(0);
        for (PingOneConnection c : connections) {
            out().println(String.format(
                    "%-22s  %-" + nameWidth + "s  %-8s  %s  %s",
                    Output.cell(c.id()),
                    Output.cell(c.name()),
                    c.active() ? "active" : "inactive",
                    Output.cell(Objects.toString(c.environmentId(), "-")),
                    Output.cell(Objects.toString(c.credentialId(), "-"))));
        }
        out().flush();
    }
}
