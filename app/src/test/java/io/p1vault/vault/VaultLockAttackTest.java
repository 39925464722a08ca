package io.p1vault.vault;

import io.p1vault.testing.OwnerOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 22 (low): the lock file as another local user would abuse it. */
class VaultLockAttackTest {
    private static final byte[] VICTIM = "precious\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void lockFilePlantedAsASymlinkDoesNotTruncateItsTarget() throws IOException {
        Path vault = dir.resolve("v.age");
        Path victim = Files.write(dir.resolve("victim"), VICTIM);
        Files.createSymbolicLink(VaultLock.lockFileOf(vault), victim);

        VaultException e = catchThrowableOfType(
                VaultException.class, () -> VaultLock.acquire(vault).close());

        assertThat(e.getMessage()).contains("symbolic link");
        assertThat(Files.readAllBytes(victim)).isEqualTo(VICTIM);
    }

    @Test
    void lockFileIsCreatedOwnerOnly() throws Exception {
        Path vault = dir.resolve("v.age");
        try (VaultLock lock = VaultLock.acquire(vault)) {
            OwnerOnly.assertOwnerOnly(VaultLock.lockFileOf(vault));
        }
    }

    @Test
    void lockFileHeldByAnotherUserIsRefused() throws IOException {
        Path vault = dir.resolve("v.age");
        Files.write(VaultLock.lockFileOf(vault), new byte[0]);
        UserPrincipal someoneElse =
                dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");

        VaultException e = catchThrowableOfType(
                VaultException.class,
                () -> VaultLock.acquire(vault, someoneElse).close());

        assertThat(e.getMessage()).contains("belongs to another user");
    }
}
