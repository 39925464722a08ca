package io.p1vault.pingfederate;

import io.p1vault.model.Deployment;
import io.p1vault.model.GatewayClaims;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Pushes a vault gateway credential into a PingOne connection: creates one, or replaces the
 * credential of the connection of that name once the user saw what would change, and records
 * the deployment in the vault.
 */
public final class CredentialPush {
    /** What a push would do: the request, and when it replaces a connection, what changes. */
    public record Plan(
            String connectionName, Optional<PingOneConnection> existing, ApiRequest request, List<String> changes) {
        public boolean replaces() {
            return existing.isPresent();
        }
    }

    private CredentialPush() {}

    /** The credential's gateway name, else its environment's name, else the vault entry's name. */
    public static String defaultConnectionName(GatewayCredentialEntry credential) {
        GatewayClaims claims = credential.getClaims();
        if (claims != null && claims.gatewayName != null) {
            return claims.gatewayName;
        }
        return claims != null && claims.environmentName != null ? claims.environmentName : credential.getName();
    }

    /**
     * Reads the server's connections and plans the push. {@code description} and {@code active}
     * are left as they are on an existing connection when null; a new one is active unless told.
     */
    public static Plan plan(
            PingOneConnections api,
            GatewayCredentialEntry credential,
            String connectionName,
            String description,
            Boolean active)
            throws PingFederateException {
        String name = connectionName != null ? connectionName : defaultConnectionName(credential);
        Optional<PingOneConnection> existing = api.findByName(name);
        if (existing.isEmpty()) {
            boolean isActive = active == null || active;
            ApiRequest create = api.createRequest(name, description, isActive, credential.getCredential());
            return new Plan(
                    name,
                    existing,
                    create,
                    List.of("create the PingOne connection \"" + name + "\" (" + (isActive ? "active" : "inactive")
                            + ") for environment " + environment(credential.getClaims())));
        }
        return replacing(api, credential, existing.get().id(), description, active);
    }

    /**
     * Plans replacing the credential of the connection {@code connectionId} with {@code credential}
     * (read fresh, so the PUT carries everything PingFederate has now); description and active as in
     * {@link #plan}.
     */
    public static Plan replacing(
            PingOneConnections api,
            GatewayCredentialEntry credential,
            String connectionId,
            String description,
            Boolean active)
            throws PingFederateException {
        PingOneConnection current = api.get(connectionId);
        List<String> changes = new ArrayList<>();
        GatewayClaims claims = credential.getClaims();
        changes.add("credential: replace PingOne credential " + Objects.toString(current.credentialId(), "(unknown)")
                + " with " + (claims == null ? "the vault's" : claims.jti));
        if (claims != null && !Objects.equals(current.environmentId(), claims.environmentId)) {
            changes.add("environment: " + current.environmentId() + " -> " + environment(claims));
        }
        if (description != null && !description.equals(current.description())) {
            changes.add(
                    "description: \"" + Objects.toString(current.description(), "") + "\" -> \"" + description + "\"");
        }
        if (active != null && active != current.active()) {
            changes.add("active: " + current.active() + " -> " + active);
        }
        return new Plan(
                current.name(),
                Optional.of(current),
                api.replaceCredentialRequest(current, credential.getCredential(), description, active),
                changes);
    }

    /** Sends the planned request and records the deployment on the credential (the caller saves the vault). */
    public static Deployment push(
            PingOneConnections api,
            Plan plan,
            PingFederateServerEntry server,
            GatewayCredentialEntry credential,
            VaultEditor editor)
            throws PingFederateException, VaultException {
        return record(send(api, plan), server, credential, editor);
    }

    /** Sends the planned request: the connection as PingFederate now has it. Changes nothing in the vault. */
    public static PingOneConnection send(PingOneConnections api, Plan plan) throws PingFederateException {
        return api.send(plan.request())
                .orElseThrow(() -> new PingFederateException(
                        PingFederateException.Reason.COMMUNICATION,
                        "PingFederate at " + api.client().host() + " did not return the PingOne connection it "
                                + (plan.replaces() ? "updated." : "created.")));
    }

    /** Records on {@code credential} that it is now deployed as {@code result} (the caller saves the vault). */
    public static Deployment record(
            PingOneConnection result,
            PingFederateServerEntry server,
            GatewayCredentialEntry credential,
            VaultEditor editor)
            throws VaultException {
        Deployment deployment = new Deployment();
        deployment.serverId = server.getId();
        deployment.serverName = server.getName();
        deployment.connectionId = result.id();
        deployment.connectionName = result.name();
        deployment.credentialId = result.credentialId();
        deployment.at = Instant.now();
        deployment.state = result.active() ? "active" : "inactive";
        editor.serverRecords().recordDeployment(credential, deployment);
        return deployment;
    }

    private static String environment(GatewayClaims claims) {
        if (claims == null) {
            return "(unknown)";
        }
        return claims.environmentId + (claims.environmentName == null ? "" : " (" + claims.environmentName + ")");
    }
}
