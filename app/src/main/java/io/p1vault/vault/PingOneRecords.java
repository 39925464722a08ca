package io.p1vault.vault;

import io.p1vault.model.CertificatePin;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.RotationPlan;
import io.p1vault.model.RotationStep;
import io.p1vault.model.rules.EntryRules;

import java.time.Instant;
import java.util.List;

import static io.p1vault.vault.VaultEditor.touch;

/**
 * What PingOne work keeps in the vault: an application's overridden endpoints and the keys trusted
 * there, and gateway credential rotations (the plan on the credential being replaced, each step's
 * state, the history). The caller saves.
 */
public final class PingOneRecords {
    private final Vault vault;

    public PingOneRecords(Vault vault) {
        this.vault = vault;
    }

    /**
     * Sets the platform API base and token URL of {@code app} (null or blank: PingOne's for its region);
     * https only. Pins for places neither URL names any more are dropped.
     */
    public void setEndpoints(PingOneApplicationEntry app, String apiUrl, String tokenUrl)
            throws VaultException, InvalidEntryException {
        String api = EntryRules.optionalHttpsUrl("apiUrlOverride", apiUrl, "https://api.pingone.eu/v1");
        String token =
                EntryRules.optionalHttpsUrl("tokenUrlOverride", tokenUrl, "https://auth.pingone.eu/ENV/as/token");
        FieldChanges changes = new FieldChanges();
        changes.set("apiUrlOverride", app.getApiUrlOverride(), api, app::setApiUrlOverride);
        changes.set("tokenUrlOverride", app.getTokenUrlOverride(), token, app::setTokenUrlOverride);
        List<CertificatePin> kept = api == null && token == null
                ? List.of()
                : ServerPins.keptAfterMove(app.getCertificatePins(), api == null ? token : api, token);
        changes.set(
                "certificatePins",
                ServerPins.describe(app.getCertificatePins()),
                ServerPins.describe(kept),
                ignored -> app.setCertificatePins(kept));
        changes.applyTo(vault, app);
    }

    /** Trusts these keys at the application's endpoints ({@code replacing}: its certificate changed). */
    public void pinCertificates(PingOneApplicationEntry app, List<CertificatePin> pins, boolean replacing)
            throws VaultException {
        vault.requireWritable();
        List<String> added = pins.stream()
                .filter(p -> !app.getCertificatePins().contains(p))
                .map(CertificatePin::describe)
                .toList();
        app.setCertificatePins(pins);
        touch(app);
        vault.recordChange(
                "trust-certificate",
                app.getId(),
                String.join(", ", added) + (replacing ? ", replacing the certificate trusted before" : ""));
    }

    /** Records that {@code old} is being replaced, as {@code plan} says. */
    public void startRotation(GatewayCredentialEntry old, RotationPlan plan) throws VaultException {
        vault.requireWritable();
        old.setRotation(plan);
        touch(old);
        vault.recordChange(
                "rotate",
                old.getId(),
                "started: credential " + plan.oldCredentialId + " is being replaced by " + plan.newCredentialId);
    }

    /** Records a step's new state on the plan of {@code old} (and, when it ended, in the history). */
    public void recordStep(GatewayCredentialEntry old, RotationStep step, String state, String message)
            throws VaultException {
        vault.requireWritable();
        step.state = state;
        step.message = message;
        step.at = Instant.now();
        touch(old);
        if (!RotationStep.PENDING.equals(state)) {
            vault.recordChange("rotate", old.getId(), step.describe());
        }
    }

    /**
     * Ends a rotation: the revoked credential's entry is renamed aside and the new one takes its name,
     * so commands that named the credential keep working; the plan is removed.
     */
    public void finishRotation(GatewayCredentialEntry old, GatewayCredentialEntry replacement)
            throws VaultException, InvalidEntryException {
        RotationPlan plan = old.getRotation();
        String name = old.getName();
        VaultEditor editor = new VaultEditor(vault);
        editor.rename(old, RotationNames.aside(name, "revoked", plan.oldCredentialId));
        editor.rename(replacement, name);
        old.setRotation(null);
        vault.recordChange(
                SecretHistory.ROTATE,
                old.getId(),
                SecretHistory.ROTATION_FINISHED + "\"" + name + "\" now holds credential " + plan.newCredentialId + "; "
                        + plan.oldCredentialId + " was revoked");
    }
}
