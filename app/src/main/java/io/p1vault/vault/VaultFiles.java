package io.p1vault.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
