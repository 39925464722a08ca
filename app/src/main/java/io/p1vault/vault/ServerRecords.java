package io.p1vault.vault;

import io.p1vault.model.CertificatePin;
import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.p1vault.vault.VaultEditor.touch;

/**
 * What work on PingFederate servers records in an unlocked vault: where a credential was pushed,
 * changes to the connections holding one, the certificates trusted for a server and the version
 * it reported; each also goes into the history. Saving is the caller's decision.
 */
public final class ServerRecords {
    private final Vault vault;

    ServerRecords(Vault vault) {
        this.vault = vault;
    }

    /**
     * Records that {@code credential} was pushed to a PingOne connection: a deployment on the
     * entry (replacing an earlier one for the same server and connection) and a history record.
     */
    public void recordDeployment(GatewayCredentialEntry credential, Deployment deployment) throws VaultException {
        List<Deployment> deployments = new ArrayList<>(credential.getDeployments());
        deployments.removeIf(d -> sameConnection(d, deployment.serverId, deployment.connectionId));
        deployments.add(deployment);
        credential.setDeployments(deployments);
        touch(credential);
        vault.recordChange(
                "push",
                credential.getId(),
                "to PingFederate \"" + deployment.serverName + "\" as PingOne connection \"" + deployment.connectionName
                        + "\" (" + deployment.connectionId + ")");
    }

    /** Records in the history a change made on a server that concerns no vault entry but the server's own. */
    public void recordServerChange(PingFederateServerEntry server, String detail) throws VaultException {
        vault.recordChange("pingfederate", server.getId(), detail);
    }

    /**
     * Records a change made on a server's PingOne connection (rename, (de)activation, deletion):
     * every credential deployed there gets its deployment updated; the history names the change.
     * A null {@code newName} keeps the name.
     */
    public void recordConnectionChange(
            PingFederateServerEntry server, String connectionId, String newName, String state, String detail)
            throws VaultException {
        boolean recorded = false;
        for (Entry entry : vault.document().entries) {
            if (entry instanceof GatewayCredentialEntry credential) {
                for (Deployment d : credential.getDeployments()) {
                    if (sameConnection(d, server.getId(), connectionId)) {
                        d.connectionName = newName == null ? d.connectionName : newName;
                        d.state = state;
                        d.at = Instant.now();
                        touch(credential);
                        vault.recordChange("pingfederate", credential.getId(), detail);
                        recorded = true;
                    }
                }
            }
        }
        if (!recorded) {
            vault.recordChange("pingfederate", server.getId(), detail);
        }
    }

    /**
     * Sets the certificate keys trusted for a server, per host and port; {@code replacing} says the
     * server's certificate changed, for the history.
     */
    public void pinCertificates(PingFederateServerEntry server, List<CertificatePin> pins, boolean replacing)
            throws VaultException {
        List<String> added = pins.stream()
                .filter(p -> !server.getCertificatePins().contains(p))
                .map(CertificatePin::describe)
                .toList();
        server.setCertificatePins(pins);
        touch(server);
        vault.recordChange(
                "trust-certificate",
                server.getId(),
                String.join(", ", added) + (replacing ? ", replacing the certificate trusted before" : ""));
    }

    /** Remembers the version a server reported, when it changed. */
    public void recordServerVersion(PingFederateServerEntry server, String version) throws VaultException {
        if (version != null && !version.equals(server.getLastVersion())) {
            server.setLastVersion(version);
            touch(server);
            vault.recordChange("server-version", server.getId(), version);
        }
    }

    private static boolean sameConnection(Deployment d, UUID serverId, String connectionId) {
        return serverId != null
                && serverId.equals(d.serverId)
                && connectionId != null
                && connectionId.equals(d.connectionId);
    }
}
