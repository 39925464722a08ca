package io.p1vault.vault;

import io.p1vault.model.Entry;
import io.p1vault.testing.KillHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGKILL in the middle of saves, again and again: the vault must always open, complete. */
class VaultCrashTest {
    private static final String PASS = "crash test";

    @Test
    void killedMidSaveTheVaultOpensWithTheOldOrTheNewContent(@TempDir Path dir) throws Exception {
        Path vault = dir.resolve("crash.p1vault");
        try (Vault v = Vault.create(vault, PASS.toCharArray(), 10)) {
            new VaultEditor(v)
                    .addServer("marker", "https://pf:9999", "admin", "pw".toCharArray())
                    .entry()
                    .setNotes("0");
            v.save();
        }
        int[] lastGeneration = {0};
        KillHarness harness = new KillHarness(VaultSaveLoop.class, List.of(vault.toString(), PASS), dir);
        KillHarness.Report report = harness.run(60, Duration.ofMillis(400), 20261123L, round -> {
            // Opening also proves the killed process's lock was released by the OS.
            try (Vault v = Vault.open(vault, PASS.toCharArray())) {
                Entry marker = new VaultEditor(v).require(null, "marker");
                int generation = Integer.parseInt(marker.getNotes());
                assertThat(generation).as("generation after kill %d", round).isGreaterThanOrEqualTo(lastGeneration[0]);
                // A complete document: one identity per generation since the test began.
                assertThat(v.document().entries).hasSize(1 + generation);
                lastGeneration[0] = generation;
            }
        });
        assertThat(report.kills()).isEqualTo(60);
        assertThat(report.midSaveKills()).as("kills that landed during a save").isPositive();
        assertThat(lastGeneration[0]).isGreaterThan(60);
    }
}
