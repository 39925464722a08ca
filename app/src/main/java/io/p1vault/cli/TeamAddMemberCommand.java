package io.p1vault.cli;

import io.p1vault.vault.Vault;
import io.p1vault.vault.team.TeamVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "add-member",
        mixinStandardHelpOptions = true,
        description = "Adds a member by their public recipient (age1…, from their p1vault keygen); the team vault is"
                + " re-encrypted with a new file key to every member and saved at once.")
final class TeamAddMemberCommand extends VaultCommand {
    @Option(names = "--member", required = true, paramLabel = "NAME", description = "The new member's name.")
    String member;

    @Option(names = "--recipient", required = true, paramLabel = "age1…", description = "The new member's recipient.")
    String recipient;

    @Override
    void run() throws Exception {
        try (Vault personal = team.openPersonal(vaultFile, vaultPassphrase(), env())) {
            TeamVault.Opened opened = team.openTeam(personal, this::confirm);
            try (Vault vault = opened.vault()) {
                TeamVault.addMember(opened, member, recipient);
                // The set this user just made is the one they accept.
                TeamOptions.accept(personal, opened, line -> {});
                confirm("Added " + member.strip() + " to the team vault " + vault.path() + "; it now opens with the"
                        + " identity of any of its " + vault.document().members.size() + " members.");
            }
        }
    }
}
