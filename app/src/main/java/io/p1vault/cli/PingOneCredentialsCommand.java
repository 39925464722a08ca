package io.p1vault.cli;

import io.p1vault.model.Deployment;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.pingfederate.rotation.CredentialListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

@Command(
        name = "credentials",
        mixinStandardHelpOptions = true,
        description = "Lists the credentials of a gateway credential's gateway in PingOne (created, last used), "
                + "the vault entry that holds each and the PingFederate connections recorded as holding it. "
                + "Never prints a credential.")
final class PingOneCredentialsCommand extends PingOneAppCommand {
    @Option(
            names = "--gateway-credential",
            required = true,
            paramLabel = "NAME",
            description = "A gateway credential entry of the gateway.")
    String credentialName;

    @Option(names = "--json", description = "Print a JSON array instead (see README).")
    boolean json;

    @Override
    void run(Session s) throws Exception {
        GatewayCredentialEntry credential = s.credential(credentialName);
        List<CredentialListing.Row> rows =
                CredentialListing.of(s.pingOne(), credential, s.editor().entries());
        if (json) {
            Output.json(
                    out(), rows.stream().map(PingOneCredentialsCommand::summary).toList());
            return;
        }
        for (CredentialListing.Row row : rows) {
            out().println(String.format(
                    "%-36s  created %s  last used %s  %s",
                    Output.cell(row.credential().id()),
                    row.credential().createdAt(),
                    row.credential().unused() ? "never" : row.credential().lastUsedAt(),
                    row.entry().map(e -> "vault: " + Output.cell(e.getName())).orElse("not in the vault")));
            for (Deployment d : row.deployments()) {
                out().println("    held by " + Output.cell(d.serverName) + " / " + Output.cell(d.connectionName) + " ("
                        + Output.cell(d.connectionId) + ")");
            }
        }
        out().flush();
        confirm(rows.size() + " of at most 5 credentials.");
    }

    private static Map<String, Object> summary(CredentialListing.Row row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", row.credential().id());
        m.put("createdAt", row.credential().createdAt().toString());
        m.put("lastUsedAt", Objects.toString(row.credential().lastUsedAt(), null));
        m.put("entry", row.entry().map(GatewayCredentialEntry::getName).orElse(null));
        List<Map<String, Object>> held = new ArrayList<>();
        for (Deployment d : row.deployments()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("server", d.serverName);
            h.put("connectionId", d.connectionId);
            h.put("connectionName", d.connectionName);
            held.add(h);
        }
        m.put("deployments", held);
        return m;
    }
}
