package io.p1vault.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 22 (low): another local user listing the data folder. */
class PrivateFoldersTest {
    @TempDir
    Path dir;

    @Test
    void dataFoldersAreCreatedSoOtherUsersCannotListThem() throws IOException {
        Path data = dir.resolve("share").resolve("p1vault");

        PrivateFolders.create(data);

        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(data.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }
}
