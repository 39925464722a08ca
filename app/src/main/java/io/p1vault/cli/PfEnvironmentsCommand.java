package io.p1vault.cli;

import io.p1vault.pingfederate.PingOneConnections;
import io.p1vault.pingfederate.PingOneEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Objects;

@Command(
        name = "environments",
        mixinStandardHelpOptions = true,
        description = "Lists the PingOne environments the connection can reach: ID, type, name (all pages).")
final class PfEnvironmentsCommand extends ConnectionCommand {
    static final int PAGE_SIZE = 50;

    @Option(
            names = "--filter",
            paramLabel = "F",
            description = "Only environments whose name or ID contains F (case-insensitive; PingFederate filters).")
    String filter;

    @Option(names = "--json", description = "Print a JSON array instead (see README).")
    boolean json;

    @Override
    void run(Session s) throws Exception {
        PingOneConnections api = s.api();
        List<PingOneEnvironment> environments =
                api.environments(api.find(connection).id(), filter, PAGE_SIZE);
        if (json) {
            Output.json(out(), environments);
            return;
        }
        for (PingOneEnvironment e : environments) {
            out().println(String.format(
                    "%-36s  %-10s  %s",
                    Output.cell(e.id()), Output.cell(Objects.toString(e.type(), "-")), Output.cell(e.name())));
        }
        out().flush();
    }
}
