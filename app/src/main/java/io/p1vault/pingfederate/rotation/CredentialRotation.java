package io.p1vault.pingfederate.rotation;

import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.RotationPlan;
import io.p1vault.model.RotationStep;
import io.p1vault.pingfederate.Cluster;
import io.p1vault.pingfederate.ClusterCheck;
import io.p1vault.pingfederate.ClusterRecords;
import io.p1vault.pingfederate.ClusterStatus;
import io.p1vault.pingfederate.CredentialPush;
import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.PingFederateException;
import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.pingfederate.PingOneConnections;
import io.p1vault.pingfederate.PingOnePlatform;
import io.p1vault.vault.PingOneRecords;
import io.p1vault.vault.RotationNames;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rotates a gateway credential through PingOne's API as its plan says, saving the vault after every
 * step so that whatever fails leaves the new credential stored and the plan resumable from its first
 * unfinished step. The old credential is revoked last, once every connection that held it was
 * checked to hold the new one, and only when the user agreed.
 */
public final class CredentialRotation {
    /** A client for a server entry (the CLI's and the desktop's trust and timeouts). */
    @FunctionalInterface
    public interface Servers {
        PingFederateClient connect(PingFederateServerEntry server) throws PingFederateException;
    }

    /** Told after every change of a step's state. */
    @FunctionalInterface
    public interface Progress {
        void changed(RotationPlan plan, RotationStep step);
    }

    /** Asked before the old credential is revoked, unless revoking was agreed up front. */
    @FunctionalInterface
    public interface Consent {
        boolean revoke(RotationPlan plan);
    }

    /** {@code replicate}: replicate clustered servers; {@code revokeOld}: revoke without asking. */
    public record Options(boolean replicate, boolean revokeOld) {}

    /** How a run ended: finished, or stopped at a step (failed, or left pending) with the reason. */
    public record Outcome(RotationPlan plan, boolean finished, RotationStep stoppedAt, String problem) {}

    private final Vault vault;
    private final VaultEditor editor;
    private final PingOneRecords records;
    private final PingOnePlatform pingOne;
    private final Servers servers;
    private final Function<PingFederateClient, Cluster> clusters;
    private final Progress progress;

    public CredentialRotation(
            Vault vault,
            PingOnePlatform pingOne,
            Servers servers,
            Function<PingFederateClient, Cluster> clusters,
            Progress progress) {
        this.vault = vault;
        this.editor = new VaultEditor(vault);
        this.records = new PingOneRecords(vault);
        this.pingOne = pingOne;
        this.servers = servers;
        this.clusters = clusters;
        this.progress = progress;
    }

    /**
     * Starts rotating {@code old}: refuses at PingOne's limit of credentials (naming the unused ones),
     * creates the new credential and stores it with the plan at once, then runs the plan.
     */
    public Outcome start(GatewayCredentialEntry old, PingOneApplicationEntry app, Options options, Consent consent)
            throws RotationException, PingFederateException, VaultException, IOException {
        if (old.getRotation() != null) {
            throw new RotationException("\"" + old.getName() + "\" is already being rotated; resume that rotation.");
        }
        RotationPlan plan = RotationPlans.plan(old, app);
        List<PingOnePlatform.GatewayCredential> existing = pingOne.credentials(plan.gatewayId);
        if (existing.size() >= PingOnePlatform.MAX_CREDENTIALS) {
            throw new RotationException(CredentialListing.atLimit(existing, editor.entries()));
        }
        PingOnePlatform.Created created = pingOne.create(plan.gatewayId);
        GatewayCredentialEntry replacement = store(old, created);
        plan.newEntryId = replacement.getId();
        plan.newCredentialId = created.credential().id();
        records.startRotation(old, plan);
        records.recordStep(old, plan.steps.get(0), RotationStep.DONE, null);
        records.recordStep(old, plan.steps.get(1), RotationStep.DONE, "as \"" + replacement.getName() + "\"");
        vault.save();
        progress.changed(plan, plan.steps.get(0));
        progress.changed(plan, plan.steps.get(1));
        return run(old, replacement, options, consent);
    }

    /** Continues the rotation of {@code old} from its first unfinished step. */
    public Outcome resume(GatewayCredentialEntry old, Options options, Consent consent)
            throws RotationException, VaultException, IOException {
        RotationPlan plan = old.getRotation();
        if (plan == null) {
            throw new RotationException("\"" + old.getName() + "\" has no rotation to resume.");
        }
        GatewayCredentialEntry replacement = editor.entries().stream()
                .filter(e -> e.getId().equals(plan.newEntryId))
                .filter(GatewayCredentialEntry.class::isInstance)
                .map(GatewayCredentialEntry.class::cast)
                .findFirst()
                .orElseThrow(() -> new RotationException("The new credential of the rotation of \"" + old.getName()
                        + "\" is no longer in the vault; the rotation cannot go on."));
        return run(old, replacement, options, consent);
    }

    private GatewayCredentialEntry store(GatewayCredentialEntry old, PingOnePlatform.Created created)
            throws VaultException, IOException {
        char[] token = created.parsed().credential().reveal();
        try {
            return editor.addGatewayCredential(
                            RotationNames.aside(
                                    old.getName(), "new", created.credential().id()),
                            token)
                    .entry();
        } catch (InvalidEntryException e) {
            throw new VaultException(VaultException.Reason.INVALID_INPUT, e.getMessage());
        } finally {
            Arrays.fill(token, '\0');
            created.parsed().credential().destroy();
        }
    }

    private Outcome run(
            GatewayCredentialEntry old, GatewayCredentialEntry replacement, Options options, Consent consent)
            throws VaultException, IOException {
        RotationPlan plan = old.getRotation();
        for (RotationStep step : plan.steps) {
            if (step.finished()) {
                continue;
            }
            String problem;
            try {
                problem = execute(step, old, replacement, options, consent);
            } catch (PingFederateException | RotationException e) {
                problem = e.getMessage();
                records.recordStep(old, step, RotationStep.FAILED, problem);
                vault.save();
                progress.changed(plan, step);
                return new Outcome(plan, false, step, problem);
            }
            vault.save();
            progress.changed(plan, step);
            if (problem != null) {
                return new Outcome(plan, false, step, problem);
            }
        }
        return new Outcome(plan, true, null, null);
    }

    /** Carries out one step and records its state; a reason when it was left pending, else null. */
    private String execute(
            RotationStep step,
            GatewayCredentialEntry old,
            GatewayCredentialEntry replacement,
            Options options,
            Consent consent)
            throws PingFederateException, RotationException, VaultException {
        RotationPlan plan = old.getRotation();
        switch (step.action) {
            case RotationStep.PUSH -> push(step, old, replacement);
            case RotationStep.REPLICATE -> {
                return replicate(step, old, options);
            }
            case RotationStep.CHECK -> check(step, old, plan);
            case RotationStep.REVOKE -> {
                return revoke(step, old, replacement, options, consent);
            }
            default ->
                throw new RotationException("The step \"" + step.action + "\" cannot be carried out again; the new "
                        + "credential is in the vault as recorded.");
        }
        return null;
    }

    private void push(RotationStep step, GatewayCredentialEntry old, GatewayCredentialEntry replacement)
            throws PingFederateException, RotationException, VaultException {
        PingFederateServerEntry server = server(step);
        try (PingFederateClient client = servers.connect(server)) {
            PingOneConnections api = new PingOneConnections(client);
            PingOneConnection current = api.get(step.connectionId);
            if (!replacement.getClaims().jti.equals(current.credentialId())) {
                PingOneConnection result = CredentialPush.send(
                        api, CredentialPush.replacing(api, replacement, step.connectionId, null, null));
                CredentialPush.record(result, server, replacement, editor);
                ClusterCheck cluster = clusters.apply(client).check();
                if (cluster.replicationRequired()) {
                    ClusterRecords.markPending(editor, server, cluster.status());
                }
            }
        }
        records.recordStep(old, step, RotationStep.DONE, null);
    }

    private String replicate(RotationStep step, GatewayCredentialEntry old, Options options)
            throws PingFederateException, RotationException, VaultException {
        PingFederateServerEntry server = server(step);
        try (PingFederateClient client = servers.connect(server)) {
            Cluster cluster = clusters.apply(client);
            Optional<ClusterStatus> status = cluster.status();
            if (status.isEmpty()) {
                records.recordStep(old, step, RotationStep.SKIPPED, "standalone");
                return null;
            }
            if (status.get().enginesBehind() == 0 && status.get().settled()) {
                records.recordStep(old, step, RotationStep.DONE, "the engines have the change");
                return null;
            }
            if (!options.replicate()) {
                String why = status.get().behindMessage() + " Nothing is revoked until they have it: resume with "
                        + "--replicate.";
                records.recordStep(old, step, RotationStep.PENDING, why);
                return why;
            }
            ClusterRecords.recordReplication(editor, server, cluster.replicate());
        }
        records.recordStep(old, step, RotationStep.DONE, null);
        return null;
    }

    private void check(RotationStep step, GatewayCredentialEntry old, RotationPlan plan)
            throws PingFederateException, RotationException, VaultException {
        PingFederateServerEntry server = server(step);
        try (PingFederateClient client = servers.connect(server)) {
            PingOneConnections api = new PingOneConnections(client);
            PingOneConnection current = api.get(step.connectionId);
            if (!plan.newCredentialId.equals(current.credentialId())) {
                throw new RotationException("The connection \"" + step.connectionName + "\" on " + server.getName()
                        + " holds credential " + current.credentialId() + ", not the new " + plan.newCredentialId
                        + "; nothing was revoked.");
            }
            String status = api.credentialStatus(step.connectionId);
            if (!"VALID".equals(status)) {
                throw new RotationException("PingFederate " + server.getName() + " says the new credential of \""
                        + step.connectionName + "\" is " + status + "; nothing was revoked.");
            }
        }
        records.recordStep(old, step, RotationStep.DONE, "VALID");
    }

    private String revoke(
            RotationStep step,
            GatewayCredentialEntry old,
            GatewayCredentialEntry replacement,
            Options options,
            Consent consent)
            throws PingFederateException, VaultException {
        RotationPlan plan = old.getRotation();
        if (!options.revokeOld() && !consent.revoke(plan)) {
            String why = "The old credential " + plan.oldCredentialId
                    + " was not revoked; it still works in PingOne until you resume with --revoke-old.";
            records.recordStep(old, step, RotationStep.PENDING, why);
            return why;
        }
        try {
            pingOne.revoke(plan.gatewayId, plan.oldCredentialId);
            records.recordStep(old, step, RotationStep.DONE, null);
        } catch (PingFederateException e) {
            if (e.status() != 404) {
                throw e;
            }
            records.recordStep(old, step, RotationStep.DONE, "PingOne no longer had it");
        }
        try {
            records.finishRotation(old, replacement);
        } catch (InvalidEntryException e) {
            throw new VaultException(VaultException.Reason.INVALID_INPUT, e.getMessage());
        }
        return null;
    }

    private PingFederateServerEntry server(RotationStep step) throws RotationException {
        for (Entry e : editor.entries()) {
            if (e instanceof PingFederateServerEntry s && s.getId().equals(step.serverId)) {
                return s;
            }
        }
        throw new RotationException("The server entry \"" + step.serverName + "\" is no longer in the vault.");
    }
}
