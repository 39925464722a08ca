package io.p1vault.cli;

import io.p1vault.model.TeamMember;
import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.Vault;
import io.p1vault.vault.team.MembersFile;
import io.p1vault.vault.team.TeamVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

@Command(
        name = "members",
        mixinStandardHelpOptions = true,
        description = "Lists the team's members from inside the encrypted team vault (the list that counts), one per"
                + " line: name, recipient, added by, added at. Says so when the plain members file differs.")
final class TeamMembersCommand extends VaultCommand {
    @Option(
            names = "--accept",
            description = "Accept these members as the ones your saves to this team vault may encrypt to (as"
                    + " --accept-members); check them first.")
    boolean accept;

    @Override
    void run() throws Exception {
        List<TeamMember> members;
        Path path;
        TrustedMembers.Difference unaccepted;
        try (Vault personal = team.openPersonal(vaultFile, vaultPassphrase(), env())) {
            TeamVault.Opened opened = team.openTeam(personal, this::confirm);
            try (Vault vault = opened.vault()) {
                if (accept) {
                    TeamOptions.accept(personal, opened, this::confirm);
                }
                members = List.copyOf(vault.document().members);
                path = vault.path();
                unaccepted = TrustedMembers.check(personal, vault.document());
            }
        }
        for (TeamMember m : members) {
            out().println(m.name + "\t" + m.recipient + "\t" + (m.addedBy == null ? "" : m.addedBy) + "\t"
                    + (m.addedAt == null ? "" : m.addedAt));
        }
        out().flush();
        switch (MembersFile.compare(path, members)) {
            case MISSING ->
                warn("there is no plain " + MembersFile.NAME + " file beside the team vault; the next member change"
                        + " writes one.");
            case DIFFERENT ->
                warn("the plain " + MembersFile.beside(path) + " file does not match the members inside the team"
                        + " vault; it is only informative, and the list above is the one p1vault encrypts to.");
            case SAME -> {}
        }
        String warning = TeamOptions.unacceptedWarning(unaccepted);
        if (warning != null) {
            warn(warning);
        }
    }
}
