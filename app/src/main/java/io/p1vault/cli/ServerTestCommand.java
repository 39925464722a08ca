package io.p1vault.cli;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.Cluster;
import io.p1vault.pingfederate.ClusterCheck;
import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.PingFederateException;
import io.p1vault.pingfederate.ServerIdentity;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = "Connects to the server: its certificate and why it is trusted, whether the credentials "
                + "work, PingFederate's version (remembered in the entry), and whether it is standalone or clustered "
                + "(with its node count).")
final class ServerTestCommand extends ServerCommand {
    @Override
    void run(Session s) throws Exception {
        PingFederateClient client = s.api().client();
        PingFederateServerEntry server = s.server();
        String version;
        try {
            version = s.api().version();
        } catch (PingFederateException e) {
            showCertificate(e);
            client.identity()
                    .ifPresent(identity -> confirm("Certificate: " + identity.describeTrust() + " (SHA-256 "
                            + identity.certificate().sha256() + ")"));
            throw e;
        }
        ServerIdentity identity = client.identity().orElseThrow();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("server", server.getName());
        report.put("url", client.base().toString());
        report.put("certificate", identity.describeTrust());
        report.put("subject", identity.certificate().subject());
        report.put("issuer", identity.certificate().issuer());
        report.put(
                "valid",
                identity.certificate().notBefore() + " to "
                        + identity.certificate().notAfter());
        report.put("sha256", identity.certificate().sha256());
        report.put(
                "authentication",
                "accepted ("
                        + ("oauth2".equals(server.getAuthType())
                                ? "OAuth2 client " + server.getClientId()
                                : "user " + server.getUsername())
                        + ")");
        report.put("version", version);
        ClusterCheck cluster = new Cluster(client).check();
        report.put(
                "cluster",
                cluster.clustered()
                        ? cluster.status().describe()
                        : cluster.failure()
                                .map(problem -> "unknown: " + problem)
                                .orElse("standalone"));
        Output.text(out(), report);
        s.editor().serverRecords().recordServerVersion(server, version);
        if (s.vault().hasUnsavedChanges()) {
            s.vault().save();
        }
    }
}
