package io.p1vault.cli;

import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.Vault;
import io.p1vault.vault.team.TeamSync;
import io.p1vault.vault.team.TeamVault;
import picocli.CommandLine.Command;

@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Commits the team vault's changes (the message names entries, never values), pulls, merges per"
                + " entry and field, and pushes, with the system git. The same field changed on both sides is"
                + " asked about (keep mine, take theirs, keep both) or settled by --on-conflict; without either, the"
                + " merge is not made and nothing changes.")
final class TeamSyncCommand extends VaultCommand {
    private static final String SYNC_HOW_TO_ACCEPT =
            "Your changes were not merged. If the members are right, run team sync again with --accept-members.";

    @Override
    void run() throws Exception {
        TeamSync.Report report;
        TrustedMembers.Difference unaccepted;
        try (Vault personal = VaultCommand.open(vaultFile, vaultPassphrase(), env())) {
            if (team.teamFile == null || team.identity == null) {
                throw new CliException("team sync needs --team FILE and --identity NAME.");
            }
            report = TeamSync.sync(
                    team.teamFile,
                    personal,
                    team.identity,
                    c -> conflicts.choose(c, env(), spec.commandLine().getErr()),
                    team.acceptMembers ? null : SYNC_HOW_TO_ACCEPT);
            TeamVault.Opened merged = team.openTeam(personal, this::confirm);
            try (Vault vault = merged.vault()) {
                unaccepted = TrustedMembers.check(personal, vault.document());
            }
        }
        report.committed().forEach(c -> confirm("committed: " + c));
        report.resolved().forEach(c -> confirm("conflict settled: " + c.describe()));
        confirm(report.merges() == 0 ? "Nothing to merge." : "Merged the other members' changes.");
        confirm(report.pushed() ? "Pushed." : "No remote: committed locally only.");
        String warning = TeamOptions.unacceptedWarning(unaccepted);
        if (warning != null) {
            warn(warning);
        }
    }
}
