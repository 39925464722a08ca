package io.p1vault.cli;

import io.p1vault.vault.PassphraseKey;
import io.p1vault.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

@Command(
        name = "passwd",
        mixinStandardHelpOptions = true,
        description = "Changes the vault passphrase (the new one is asked twice when prompted). "
                + "The backup is re-encrypted too, so the old passphrase opens nothing.")
final class PasswdCommand extends VaultCommand {
    @Option(
            names = "--new-passphrase-file",
            paramLabel = "FILE",
            description = "Read the new passphrase from the first line of FILE " + "(else from $"
                    + PassphraseSource.NEW_VARIABLE + ", else from a prompt).")
    Path newPassphraseFile;

    @Option(
            names = "--work-factor",
            paramLabel = "N",
            description = "A new scrypt work factor (10 to 20); by default the vault keeps its own.")
    Integer workFactor;

    @Override
    boolean worksOnTeamVaults() {
        return false;
    }

    @Override
    void run() throws Exception {
        if (workFactor != null) {
            PassphraseKey.checkWorkFactor(workFactor);
        }
        try (Vault vault = openVault()) {
            int factor = workFactor != null ? workFactor : vault.workFactor();
            warnIfWeak(factor);
            char[] passphrase = new PassphraseSource(
                            "new vault passphrase",
                            PassphraseSource.NEW_VARIABLE,
                            "--new-passphrase-file",
                            newPassphraseFile)
                    .fresh(env());
            try {
                vault.changePassphrase(passphrase, factor);
            } finally {
                wipe(passphrase);
            }
            confirm("Changed the passphrase of " + vault.path() + ".");
        }
    }
}
