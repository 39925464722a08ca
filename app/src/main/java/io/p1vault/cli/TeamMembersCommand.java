package io.p1vault.cli;

import io.p1vault.model.TeamMember;
import io.p1vault.vault.team.MembersFile;
import io.p1vault.vault.team.TeamVault;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.List;

@Command(
        name = "members",
        mixinStandardHelpOptions = true,
        description = "Lists the team's members from inside the encrypted team vault (the list that counts), one per"
                + " line: name, recipient, added by, added at. Says so when the plain members file differs.")
final class TeamMembersCommand extends VaultCommand {
    @Override
    void run() throws Exception {
        TeamVault.Opened opened = team.openTeam(vaultFile, vaultPassphrase(), env());
        List<TeamMember> members;
        Path path;
        try (var vault = opened.vault()) {
            members = List.copyOf(vault.document().members);
            path = vault.path();
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
    }
}
