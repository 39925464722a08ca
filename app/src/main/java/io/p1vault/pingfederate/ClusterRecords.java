package io.p1vault.pingfederate;

import io.p1vault.model.Deployment;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * What the vault remembers about replication: each deployment on a clustered server says whether
 * its engines have it (pending, or replicated at a time), and every replication is in the history,
 * so "where is this credential in use" also tells whether the engines use it yet.
 */
public final class ClusterRecords {
    private ClusterRecords() {}

    /**
     * After a write on a cluster whose engines lack changes: the server's deployments changed since the
     * last replication become pending (the caller saves). Returns how many were marked.
     */
    public static int markPending(VaultEditor editor, PingFederateServerEntry server, ClusterStatus status) {
        Instant lastReplication = instant(status.lastReplicationTime());
        int marked = 0;
        for (Deployment d : deployments(editor, server)) {
            if (!Deployment.REPLICATION_PENDING.equals(d.replication)
                    && (lastReplication == null || d.at == null || d.at.isAfter(lastReplication))) {
                d.replication = Deployment.REPLICATION_PENDING;
                d.replicatedAt = null;
                marked++;
            }
        }
        return marked;
    }

    /** Records a replication the engines applied: pending deployments become replicated, and the history says so. */
    public static void recordReplication(VaultEditor editor, PingFederateServerEntry server, Cluster.Replication done)
            throws VaultException {
        Instant now = Instant.now();
        int updated = 0;
        for (Deployment d : deployments(editor, server)) {
            if (Deployment.REPLICATION_PENDING.equals(d.replication)) {
                d.replication = Deployment.REPLICATED;
                d.replicatedAt = now;
                updated++;
            }
        }
        int engines = done.status().engines().size();
        editor.serverRecords()
                .recordServerChange(
                        server,
                        "replicated the configuration of \"" + server.getName() + "\" to " + engines
                                + " engine node" + (engines == 1 ? "" : "s")
                                + (updated == 0
                                        ? ""
                                        : "; " + updated + " deployment" + (updated == 1 ? "" : "s")
                                                + " now on the engines"));
    }

    private static Iterable<Deployment> deployments(VaultEditor editor, PingFederateServerEntry server) {
        return editor.entries().stream()
                .filter(GatewayCredentialEntry.class::isInstance)
                .map(GatewayCredentialEntry.class::cast)
                .flatMap(c -> c.getDeployments().stream())
                .filter(d -> Objects.equals(d.serverId, server.getId()))
                .toList();
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
