package io.p1vault.cli;

import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.RotationPlan;
import io.p1vault.model.RotationStep;
import io.p1vault.pingfederate.Cluster;
import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.rotation.CredentialRotation;
import io.p1vault.pingfederate.rotation.RotationPlans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

@Command(
        name = "rotate",
        mixinStandardHelpOptions = true,
        description = {
            "Rotates a gateway credential through PingOne's API: creates a new credential for the same gateway "
                    + "and stores it in the vault at once, replaces it on every PingFederate connection recorded "
                    + "as holding the old one, replicates clustered servers (--replicate), checks each "
                    + "connection's credential status, and only then revokes the old credential (asked, or "
                    + "--revoke-old).",
            "Each step is printed and recorded on the credential; after a failure, run the printed command to "
                    + "resume from the first unfinished step. Refused when the gateway already has five credentials."
        })
final class RotateCommand extends PingOneAppCommand {
    @Option(names = "--credential", required = true, paramLabel = "NAME", description = "The gateway credential entry.")
    String credentialName;

    @Option(names = "--replicate", description = "Replicate clustered servers so their engines get the new credential.")
    boolean replicate;

    @Option(names = "--revoke-old", description = "Revoke the old credential without asking once all is checked.")
    boolean revokeOld;

    @Option(names = "--yes", description = "Start (or resume) without asking.")
    boolean yes;

    @Option(names = "--dry-run", description = "Print the plan only; nothing is created, sent or changed.")
    boolean dryRun;

    @Override
    void run(Session s) throws Exception {
        GatewayCredentialEntry old = s.credential(credentialName);
        RotationPlan existing = old.getRotation();
        RotationPlan plan = existing != null ? existing : RotationPlans.plan(old, s.app());
        confirm((existing != null ? "Resuming the rotation of \"" : "Rotation of \"") + old.getName() + "\" through \""
                + s.app().getName() + "\":");
        plan.steps.forEach(step -> confirm("  " + step.describe()));
        if (dryRun) {
            confirm("Dry run: nothing was created, sent or changed.");
            return;
        }
        if (!confirmed(yes, (existing != null ? "Resume" : "Start") + " the rotation of \"" + old.getName() + "\"?")) {
            confirm("Not rotated; nothing was changed.");
            return;
        }
        CredentialRotation rotation = new CredentialRotation(
                s.vault(),
                s.pingOne(),
                PingFederateClient::forServer,
                Cluster::new,
                (p, step) -> confirm("  " + step.describe()));
        CredentialRotation.Options options = new CredentialRotation.Options(replicate, revokeOld);
        CredentialRotation.Consent consent = this::askToRevoke;
        CredentialRotation.Outcome outcome = existing != null
                ? rotation.resume(old, options, consent)
                : rotation.start(old, s.app(), options, consent);
        if (outcome.finished()) {
            confirm("Rotated: \"" + credentialName + "\" now holds credential " + outcome.plan().newCredentialId + "; "
                    + outcome.plan().oldCredentialId + " is revoked.");
            return;
        }
        confirm("The rotation stopped; its steps:");
        outcome.plan().steps.forEach(step -> confirm("  " + step.describe()));
        String resume = resumeCommand(outcome.stoppedAt());
        if (RotationStep.FAILED.equals(outcome.stoppedAt().state)) {
            throw new CliException(
                    outcome.problem() + " The new credential is stored in the vault; to resume: " + resume);
        }
        confirm(outcome.problem() + " To resume: " + resume);
    }

    private boolean askToRevoke(RotationPlan plan) {
        return env().console().isPresent()
                && ask(
                        env().console().get(),
                        "Every connection holds the new credential. Revoke the old credential " + plan.oldCredentialId
                                + " in PingOne now?");
    }

    /** The command that continues from {@code stoppedAt}, with the flag that step needs. */
    private String resumeCommand(RotationStep stoppedAt) {
        List<String> words = new ArrayList<>(List.of(
                "p1vault",
                "rotate",
                "--vault",
                shellWord(vaultFile.toString()),
                "--credential",
                shellWord(credentialName),
                "--app",
                shellWord(appName)));
        if (replicate || RotationStep.REPLICATE.equals(stoppedAt.action)) {
            words.add("--replicate");
        }
        if (revokeOld || RotationStep.REVOKE.equals(stoppedAt.action)) {
            words.add("--revoke-old");
        }
        words.add("--yes");
        return String.join(" ", words);
    }
}
