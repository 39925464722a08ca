package io.p1vault.storage;

import io.p1vault.testing.KillHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGKILLs a process in the middle of saving, again and again: the file must stay whole. */
class AtomicFileWriterKillTest {
    private static final int KILLS = 60;

    @TempDir
    Path dir;

    @Test
    void killAtAnyMomentLeavesACompleteVersion() throws Exception {
        Path file = dir.resolve("data.bin");
        Path backup = dir.resolve("data.bin.bak");
        long seed = System.nanoTime();
        KillHarness harness = new KillHarness(RewriteLoop.class, List.of(file.toString(), Long.toString(seed)), dir);

        KillHarness.Report report = harness.run(KILLS, Duration.ofMillis(60), seed, round -> {
            RewriteLoop.verify(Files.readAllBytes(file));
            if (Files.exists(backup)) {
                RewriteLoop.verify(Files.readAllBytes(backup));
            }
        });

        assertThat(report.kills()).isEqualTo(KILLS);
        // Proof that the kills really interrupted saves rather than idle moments.
        assertThat(report.midSaveKills()).as("kills that interrupted a save").isPositive();
    }
}
