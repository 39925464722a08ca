package io.p1vault.cli;

import io.p1vault.vault.Vault;
import io.p1vault.vault.team.RotationPlan;
import io.p1vault.vault.team.TeamVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "remove-member",
        mixinStandardHelpOptions = true,
        description = "Removes a member: a new file key, wrapped to the remaining members, saved at once. Prints the"
                + " rotation plan: every secret the removed member could read (git keeps the versions they could"
                + " open), oldest first, where it is deployed, and the command that replaces it.")
final class TeamRemoveMemberCommand extends VaultCommand {
    @Option(names = "--member", required = true, paramLabel = "NAME", description = "The member to remove.")
    String member;

    @Override
    void run() throws Exception {
        RotationPlan plan;
        try (Vault personal = team.openPersonal(vaultFile, vaultPassphrase(), env())) {
            TeamVault.Opened opened = team.openTeam(personal, this::confirm);
            try (Vault vault = opened.vault()) {
                plan = TeamVault.removeMember(opened, member);
                TeamOptions.accept(personal, opened, line -> {});
                confirm("Removed " + plan.removedMember() + " from the team vault " + vault.path()
                        + "; versions written from now on do not open with their identity.");
            }
        }
        out().println("Rotate what " + plan.removedMember() + " could read ("
                + plan.steps().size() + " secret(s), oldest first); until then they still hold them:");
        TeamPlanCommand.printSteps(out(), plan);
        out().flush();
    }
}
