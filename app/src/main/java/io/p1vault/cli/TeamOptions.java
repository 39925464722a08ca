package io.p1vault.cli;

import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.team.TeamVault;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code --team FILE --identity NAME}: work on a team vault instead of the personal one given with
 * {@code --vault}, which then only supplies the identity (one passphrase opens both). Mixed into
 * every command on a vault through {@link VaultCommand}.
 */
final class TeamOptions {
    @Option(
            names = "--team",
            paramLabel = "FILE",
            description = "Work on this team vault; --vault is then your personal vault holding --identity.")
    Path teamFile;

    @Option(
            names = "--identity",
            paramLabel = "NAME",
            description = "With --team: the age identity in your personal vault that opens the team vault.")
    String identity;

    boolean isSet() {
        return teamFile != null || identity != null;
    }

    /** Opens the team vault, or the personal one when no --team was given; the caller closes it. */
    Vault open(Path personalFile, PassphraseSource passphrase, CliEnvironment env)
            throws VaultException, IOException, CliException {
        if (!isSet()) {
            return VaultCommand.open(personalFile, passphrase, env);
        }
        return openTeam(personalFile, passphrase, env).vault();
    }

    /** The team vault and the member whose identity opened it. */
    TeamVault.Opened openTeam(Path personalFile, PassphraseSource passphrase, CliEnvironment env)
            throws VaultException, IOException, CliException {
        if (teamFile == null || identity == null) {
            throw new CliException("--team and --identity go together: the team vault, and the identity in your"
                    + " personal vault (--vault) that opens it.");
        }
        Vault.checkCanOpen(teamFile);
        try (Vault personal = VaultCommand.open(personalFile, passphrase, env)) {
            return TeamVault.open(teamFile, personal, identity);
        }
    }
}
