package io.p1vault.runproperties;

import io.p1vault.testing.KillHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Kills the editing process mid-save: run.properties must always be one complete version. */
class RunPropertiesKillTest {

    @TempDir
    Path dir;

    @Test
    void killDuringEditsLeavesOneCompleteVersion() throws Exception {
        Path file = dir.resolve("run.properties");
        byte[] original = TestFiles.realRunPropertiesBytes();
        Files.write(file, original);
        List<byte[]> versions = List.of(original, withEnvironment(original, 0), withEnvironment(original, 1));

        KillHarness.Report report = new KillHarness(RunPropertiesRewriteLoop.class, List.of(file.toString()), dir)
                .run(20, Duration.ofMillis(50), System.nanoTime(), round -> {
                    byte[] now = Files.readAllBytes(file);
                    assertThat(versions).anySatisfy(v -> assertThat(now).isEqualTo(v));
                });

        assertThat(report.kills()).isEqualTo(20);
    }

    private static byte[] withEnvironment(byte[] original, int which) {
        PropertiesDocument document = PropertiesDocument.parse(original);
        document.set(KnownSetting.PINGONE_ENVIRONMENT_ID.key(), RunPropertiesRewriteLoop.IDS.get(which));
        return document.toBytes();
    }
}
