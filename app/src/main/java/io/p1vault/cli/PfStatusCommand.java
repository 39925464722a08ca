package io.p1vault.cli;

import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.pingfederate.PingOneConnections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Shows a PingOne connection and the status of its credential (VALID, INVALID or UNKNOWN).")
final class PfStatusCommand extends ConnectionCommand {
    @Option(names = "--json", description = "Print JSON instead (see README).")
    boolean json;

    @Override
    void run(Session s) throws Exception {
        PingOneConnections api = s.api();
        PingOneConnection c = api.find(connection);
        Map<String, Object> view = c.summary();
        view.put("credentialStatus", api.credentialStatus(c.id()));
        if (json) {
            Output.json(out(), view);
        } else {
            Output.text(out(), view);
        }
    }
}
