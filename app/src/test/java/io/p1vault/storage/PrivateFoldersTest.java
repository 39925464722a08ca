package io.p1vault.storage;

import io.p1vault.testing.OwnerOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/** Issue 22 (low): another local user listing the data folder. */
class PrivateFoldersTest {
    @TempDir
    Path dir;

    @Test
    void dataFoldersAreCreatedSoOtherUsersCannotListThem() throws IOException {
        Path data = dir.resolve("share").resolve("p1vault");

        PrivateFolders.create(data);

        OwnerOnly.assertOwnerOnly(data);
        OwnerOnly.assertOwnerOnly(data.getParent());
    }
}
