package io.p1vault.cli;

import io.p1vault.crypto.age.ScryptRecipient;
import io.p1vault.vault.PassphraseKey;
import io.p1vault.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Creates a new, empty vault protected by a passphrase (asked twice when prompted).")
final class InitCommand extends VaultCommand {
    @Option(
            names = "--work-factor",
            paramLabel = "N",
            defaultValue = "" + ScryptRecipient.DEFAULT_WORK_FACTOR,
            description = "scrypt work factor (log2 N), ${DEFAULT-VALUE} by default as in age; "
                    + "10 to 20, below 18 only for tests and demos.")
    int workFactor;

    @Override
    boolean worksOnTeamVaults() {
        return false;
    }

    @Override
    void run() throws Exception {
        // Refuse what would fail anyway before the passphrase is typed twice.
        PassphraseKey.checkWorkFactor(workFactor);
        Vault.checkCanCreate(vaultFile);
        warnIfWeak(workFactor);
        char[] passphrase = vaultPassphrase().fresh(env());
        try (Vault vault = Vault.create(vaultFile, passphrase, workFactor)) {
            confirm("Created the vault " + vault.path() + ".");
        } finally {
            wipe(passphrase);
        }
    }
}
