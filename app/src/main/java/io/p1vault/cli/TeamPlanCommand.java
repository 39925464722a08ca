package io.p1vault.cli;

import io.p1vault.vault.team.RotationPlan;
import io.p1vault.vault.team.TeamVault;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Optional;

@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Prints the rotation plan still outstanding, read from the team vault's history: every secret a"
                + " removed member could read and that was not replaced since (a new secret, a finished rotation),"
                + " oldest first, where it is deployed, and the command that replaces it. The same list as"
                + " remove-member printed, minus what was rotated since; the desktop shows it too.")
final class TeamPlanCommand extends VaultCommand {
    @Override
    void run() throws Exception {
        TeamVault.Opened opened = team.openTeam(vaultFile, vaultPassphrase(), env(), this::confirm);
        Optional<RotationPlan> outstanding;
        try (var vault = opened.vault()) {
            outstanding = RotationPlan.outstanding(vault.document());
        }
        if (outstanding.isEmpty()) {
            confirm("The team vault records no member removal: nothing to rotate.");
            return;
        }
        RotationPlan plan = outstanding.get();
        if (plan.steps().isEmpty()) {
            confirm("Nothing left to rotate: every secret " + plan.removedMember() + " could read was replaced since.");
            return;
        }
        out().println("Rotate what " + plan.removedMember() + " could read ("
                + plan.steps().size() + " secret(s) not replaced since, oldest first); until then they still hold"
                + " them:");
        printSteps(out(), plan);
        out().flush();
    }

    /** The plan's steps, one block each: what, where it is deployed, what replaces it (remove-member prints the same). */
    static void printSteps(PrintWriter out, RotationPlan plan) {
        for (RotationPlan.Step step : plan.steps()) {
            out.println("- " + (step.kind() == null ? "entry" : step.kind().displayName()) + " " + step.name()
                    + " (created " + step.createdAt() + ")");
            for (String where : step.deployedTo()) {
                out.println("    deployed: " + where);
            }
            out.println("    replace: " + step.command());
        }
    }
}
