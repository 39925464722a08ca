package io.p1vault.cli;

import io.p1vault.vault.Vault;
import io.p1vault.vault.team.MembersFile;
import io.p1vault.vault.team.TeamVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = "Creates a team vault (--team) whose first member is you, with an identity from your personal"
                + " vault (p1vault keygen makes one), and the plain members file beside it.")
final class TeamCreateCommand extends VaultCommand {
    @Option(names = "--member", paramLabel = "NAME", description = "Your name in the team (default: the identity's).")
    String member;

    @Override
    void run() throws Exception {
        if (team.teamFile == null || team.identity == null) {
            throw new CliException("team create needs --team FILE and --identity NAME.");
        }
        Vault.checkCanCreate(team.teamFile);
        try (Vault personal = VaultCommand.open(vaultFile, vaultPassphrase(), env())) {
            TeamVault.Opened created =
                    TeamVault.create(team.teamFile, personal, team.identity, member == null ? team.identity : member);
            try (Vault teamVault = created.vault()) {
                TeamVault.acceptMembers(created, personal, TeamOptions.HOW_TO_ACCEPT);
            }
            personal.save();
            confirm("Created the team vault " + created.vault().path() + " with you (" + created.self().name
                    + ") as its only member, and "
                    + MembersFile.beside(created.vault().path()) + ".");
        }
    }
}
