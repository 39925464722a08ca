package io.p1vault.cli;

import io.p1vault.vault.Vault;
import picocli.CommandLine.Command;

@Command(
        name = "restore-backup",
        mixinStandardHelpOptions = true,
        description = "Puts the vault's backup (FILE.bak) in its place when the vault is damaged; the damaged "
                + "file is kept beside it as FILE.damaged-<time>. Needs no passphrase.")
final class RestoreBackupCommand extends VaultCommand {
    @Override
    boolean worksOnTeamVaults() {
        return false;
    }

    @Override
    void run() throws Exception {
        confirm("Restored the backup of " + vaultFile + "; the damaged file is kept as "
                + Vault.restoreBackup(vaultFile) + ".");
    }
}
