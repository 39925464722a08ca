package io.p1vault.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Where a vault's companion files live. */
final class VaultFiles {
    private VaultFiles() {}

    /** The vault's real path: saving through a symbolic link replaces its target, not the link. */
    static Path resolve(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    }

    static Path backupOf(Path vault) {
        return vault.resolveSibling(vault.getFileName() + ".bak");
    }

    /** See {@link Vault#restoreBackup}; {@code target} is the vault's real path. */
    static Path restoreBackup(Path target) throws VaultException, IOException {
        Path backup = backupOf(target);
        if (!Files.isRegularFile(backup)) {
            throw new VaultException(VaultException.Reason.NOT_FOUND, "There is no backup " + backup + " to restore.");
        }
        try (VaultLock lock = VaultLock.acquire(target)) {
            Path damaged = target.resolveSibling(target.getFileName() + ".damaged-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                            .withZone(ZoneId.systemDefault())
                            .format(Instant.now()));
            Files.move(target, damaged);
            Files.copy(backup, target, StandardCopyOption.COPY_ATTRIBUTES);
            return damaged;
        }
    }
}
