package io.p1vault.desktop;

import io.p1vault.testing.OwnerOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AppLogTest {
    private static final System.Logger LOG = System.getLogger("io.p1vault.desktop.AppLogTest");

    @TempDir
    Path dir;

    @Test
    void writesRecordsWithTheirTracesToAnOwnerOnlyFolderMadeOnTheFirstRecord() throws IOException {
        Path logs = dir.resolve("data").resolve("logs");
        AppLog.install(logs);
        assertThat(AppLog.file()).contains(logs.resolve("p1vault-0.log"));
        assertThat(logs).doesNotExist();

        LOG.log(System.Logger.Level.DEBUG, "below the level");
        LOG.log(System.Logger.Level.ERROR, "the save failed", new IllegalStateException("boom"));

        String log = Files.readString(logs.resolve("p1vault-0.log"));
        assertThat(log)
                .doesNotContain("below the level")
                .contains("SEVERE io.p1vault.desktop.AppLogTest: the save failed")
                .contains("java.lang.IllegalStateException: boom", "\tat io.p1vault.desktop.AppLogTest.");
        OwnerOnly.assertOwnerOnly(logs);
        OwnerOnly.assertOwnerOnly(logs.resolve("p1vault-0.log"));
    }

    @Test
    void rotatesThroughThreeFilesOfAtMostOneMebibyte() throws IOException {
        Path logs = dir.resolve("logs");
        AppLog.install(logs);
        String line = "x".repeat(1000);
        for (int i = 0; i < 3_000; i++) {
            LOG.log(System.Logger.Level.INFO, line);
        }

        try (var files = Files.list(logs)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".log")))
                    .containsExactlyInAnyOrder("p1vault-0.log", "p1vault-1.log", "p1vault-2.log");
        }
        for (String name : new String[] {"p1vault-0.log", "p1vault-1.log", "p1vault-2.log"}) {
            assertThat(Files.size(logs.resolve(name))).as(name).isLessThanOrEqualTo(AppLog.LIMIT + 2_000);
        }
    }
}
