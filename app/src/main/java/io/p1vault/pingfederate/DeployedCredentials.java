package io.p1vault.pingfederate;

import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/** Which vault credential a PingOne connection holds, as far as the vault's recorded deployments tell. */
public final class DeployedCredentials {
    private DeployedCredentials() {}

    /**
     * The gateway credential recorded as pushed to {@code connection} on {@code server} whose PingOne
     * credential ID is the one the connection reports now; empty when unknown (pushed by someone else,
     * or rotated since).
     */
    public static Optional<GatewayCredentialEntry> holder(
            Collection<Entry> entries, PingFederateServerEntry server, PingOneConnection connection) {
        if (connection.credentialId() == null) {
            return Optional.empty();
        }
        return entries.stream()
                .filter(GatewayCredentialEntry.class::isInstance)
                .map(GatewayCredentialEntry.class::cast)
                .filter(credential -> credential.getDeployments().stream().anyMatch(d -> holds(d, server, connection)))
                .findFirst();
    }

    private static boolean holds(Deployment d, PingFederateServerEntry server, PingOneConnection connection) {
        return Objects.equals(d.serverId, server.getId())
                && Objects.equals(d.connectionId, connection.id())
                && Objects.equals(d.credentialId, connection.credentialId());
    }
}
