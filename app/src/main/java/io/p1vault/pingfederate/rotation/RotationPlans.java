package io.p1vault.pingfederate.rotation;

import io.p1vault.model.Deployment;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.RotationPlan;
import io.p1vault.model.RotationStep;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The steps of rotating a credential, from what the vault records: create and store the new one, push
 * it to every connection recorded as holding the old one, replicate each server (skipped when
 * standalone), check each connection, then revoke the old credential.
 */
public final class RotationPlans {
    private RotationPlans() {}

    /** A new plan for replacing {@code old} through {@code app}; nothing created yet. */
    public static RotationPlan plan(GatewayCredentialEntry old, PingOneApplicationEntry app) throws RotationException {
        if (old.getClaims() == null || old.getClaims().gatewayId == null || old.getClaims().jti == null) {
            throw new RotationException("\"" + old.getName()
                    + "\" does not say which gateway it belongs to (no gatewayId or jti claim); it cannot be rotated.");
        }
        RotationPlan plan = new RotationPlan();
        plan.applicationId = app.getId();
        plan.applicationName = app.getName();
        plan.gatewayId = old.getClaims().gatewayId;
        plan.oldCredentialId = old.getClaims().jti;
        plan.startedAt = Instant.now();
        plan.steps.add(new RotationStep(RotationStep.CREATE));
        plan.steps.add(new RotationStep(RotationStep.STORE));
        List<Deployment> holding = holding(old);
        Map<UUID, String> servers = new LinkedHashMap<>();
        for (Deployment d : holding) {
            plan.steps.add(at(RotationStep.PUSH, d));
            servers.putIfAbsent(d.serverId, d.serverName);
        }
        servers.forEach((id, name) -> {
            RotationStep replicate = new RotationStep(RotationStep.REPLICATE);
            replicate.serverId = id;
            replicate.serverName = name;
            plan.steps.add(replicate);
        });
        for (Deployment d : holding) {
            plan.steps.add(at(RotationStep.CHECK, d));
        }
        plan.steps.add(new RotationStep(RotationStep.REVOKE));
        return plan;
    }

    /** The deployments where the old credential is recorded as the one the connection holds. */
    static List<Deployment> holding(GatewayCredentialEntry old) {
        String jti = old.getClaims().jti;
        return old.getDeployments().stream()
                .filter(d -> d.serverId != null && d.connectionId != null)
                .filter(d -> d.credentialId == null || Objects.equals(d.credentialId, jti))
                .toList();
    }

    private static RotationStep at(String action, Deployment d) {
        RotationStep step = new RotationStep(action);
        step.serverId = d.serverId;
        step.serverName = d.serverName;
        step.connectionId = d.connectionId;
        step.connectionName = d.connectionName;
        return step;
    }
}
