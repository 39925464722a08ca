package io.p1vault.vault;

import io.p1vault.testing.OwnerOnly;
import io.p1vault.testing.PlatformFileSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The vault's lock file with Windows and macOS semantics (in memory), in a user folder with a space and accents. */
class VaultLockPlatformTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(PlatformFileSystem.class)
    void theLockFileIsOwnerOnlyNamesItsHolderAndKeepsASecondOpenOut(PlatformFileSystem platform) throws Exception {
        try (FileSystem fs = platform.open()) {
            Path folder = Files.createDirectories(
                    platform.home(fs).resolve("Documents").resolve("Coffre-fort été"));
            Path vault = folder.resolve("équipe.age");
            // in memory every file belongs to the file system's default user: that is "me" here
            UserPrincipal me = Files.getOwner(folder);
            Path lockFile = VaultLock.lockFileOf(vault);

            try (VaultLock lock = VaultLock.acquire(vault, me)) {
                assertThat(new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8))
                        .startsWith("process " + ProcessHandle.current().pid() + " of ");
                OwnerOnly.assertOwnerOnly(lockFile);

                VaultException second = catchThrowableOfType(VaultException.class, () -> VaultLock.acquire(vault, me));
                assertThat(second.reason()).isEqualTo(VaultException.Reason.LOCKED);
                assertThat(second.getMessage()).contains("équipe.age").contains("already open");
            }

            VaultLock.acquire(vault, me).close();
            assertThat(Files.size(lockFile)).isZero();
        }
    }
}
