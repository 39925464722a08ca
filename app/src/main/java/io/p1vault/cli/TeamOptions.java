package io.p1vault.cli;

import io.p1vault.vault.TrustedMembers;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.team.TeamVault;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * {@code --team FILE --identity NAME}: work on a team vault instead of the personal one given with
 * {@code --vault}, which then only supplies the identity (one passphrase opens both) and remembers
 * the team members this user accepted (see {@link TrustedMembers}). Mixed into every command on a
 * vault through {@link VaultCommand}.
 */
final class TeamOptions {
    static final String HOW_TO_ACCEPT = "Check them with p1vault team members; if they are right, run again with"
            + " --accept-members, or accept them with p1vault team members --accept.";

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

    @Option(
            names = "--accept-members",
            description = "With --team: accept the team vault's current members (see team members) as the ones your"
                    + " saves may encrypt to; remembered in your personal vault. Saves are refused while the members"
                    + " differ from those you accepted.")
    boolean acceptMembers;

    boolean isSet() {
        return teamFile != null || identity != null || acceptMembers;
    }

    /** Opens the team vault, or the personal one when no --team was given; the caller closes it. */
    Vault open(Path personalFile, PassphraseSource passphrase, CliEnvironment env, Consumer<String> say)
            throws VaultException, IOException, CliException {
        if (!isSet()) {
            return VaultCommand.open(personalFile, passphrase, env);
        }
        return openTeam(personalFile, passphrase, env, say).vault();
    }

    /** The team vault and the member whose identity opened it; its saves keep to the accepted members. */
    TeamVault.Opened openTeam(Path personalFile, PassphraseSource passphrase, CliEnvironment env, Consumer<String> say)
            throws VaultException, IOException, CliException {
        try (Vault personal = openPersonal(personalFile, passphrase, env)) {
            return openTeam(personal, say);
        }
    }

    /** The personal vault, once --team and --identity are known to be given and the team file to exist. */
    Vault openPersonal(Path personalFile, PassphraseSource passphrase, CliEnvironment env)
            throws VaultException, IOException, CliException {
        if (teamFile == null || identity == null) {
            throw new CliException("--team and --identity go together: the team vault, and the identity in your"
                    + " personal vault (--vault) that opens it.");
        }
        Vault.checkCanOpen(teamFile);
        return VaultCommand.open(personalFile, passphrase, env);
    }

    /**
     * Opens the team vault with the identity in {@code personal}; with --accept-members, first records
     * its members as accepted (saving {@code personal}). Its saves and member changes are refused while its members differ
     * from the accepted ones.
     */
    TeamVault.Opened openTeam(Vault personal, Consumer<String> say) throws VaultException, IOException {
        TeamVault.Opened opened = TeamVault.open(teamFile, personal, identity, HOW_TO_ACCEPT);
        try {
            if (acceptMembers) {
                accept(personal, opened, say);
            }
            return opened;
        } catch (VaultException | IOException | RuntimeException e) {
            opened.vault().close();
            throw e;
        }
    }

    /** Records the team's current members as accepted in {@code personal} and saves it; says what changed. */
    static void accept(Vault personal, TeamVault.Opened opened, Consumer<String> say)
            throws VaultException, IOException {
        TrustedMembers.Difference difference = TeamVault.acceptMembers(opened, personal, HOW_TO_ACCEPT);
        if (difference.none()) {
            return;
        }
        personal.save();
        say.accept("Accepted the team vault's members (" + difference.describe() + ").");
    }

    /** The warning for members not (or no longer) accepted; null when they all are. */
    static String unacceptedWarning(TrustedMembers.Difference unaccepted) {
        if (unaccepted.none()) {
            return null;
        }
        return (unaccepted.neverAccepted()
                        ? "you have not accepted this team vault's members yet"
                        : "the team vault's members changed since you accepted them (" + unaccepted.describe() + ")")
                + "; your saves to it are refused until you check them (p1vault team members) and accept them"
                + " (p1vault team members --accept).";
    }
}
