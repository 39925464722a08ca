package io.p1vault.cli;

import io.p1vault.vault.Vault;
import io.p1vault.vault.team.TeamMergeDriver;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * What git's drivers share: run by git in the clone, they find the personal vault and identity in
 * the clone's own config (written by team sync, never committed) and the passphrase in the
 * environment only, since git gives them no terminal to ask on and a prompt would hang a merge.
 */
abstract class TeamDriverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    abstract int drive(TeamMergeDriver driver) throws Exception;

    @Override
    public final Integer call() throws Exception {
        CliEnvironment env = ((P1vaultCommand) spec.root().userObject()).environment();
        String passphrase = env.variable(PassphraseSource.VAULT_VARIABLE);
        TeamMergeDriver.Location where = TeamMergeDriver.locate(Path.of("").toAbsolutePath());
        if (passphrase == null || passphrase.isEmpty()) {
            throw new CliException("$" + PassphraseSource.VAULT_VARIABLE + " is not set, so the team vault cannot be"
                    + " opened without a prompt; run p1vault team sync, which merges with the identity it unlocks.");
        }
        char[] chars = passphrase.toCharArray();
        try (Vault personal = Vault.open(where.personalVault(), chars);
                TeamMergeDriver driver = TeamMergeDriver.of(personal, where.identity())) {
            return drive(driver);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    final void warn(String line) {
        spec.commandLine().getErr().println("p1vault: warning: " + line);
    }

    final java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
