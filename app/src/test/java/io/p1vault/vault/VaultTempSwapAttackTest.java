package io.p1vault.vault;

import io.p1vault.model.EntryKind;
import io.p1vault.storage.TempSwapAttacker;
import io.p1vault.testing.KillHarness;
import io.p1vault.testing.NeedsPosixPermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 (high), the vault's side of the shared writer: another user who can write the vault's
 * folder swaps each save's temporary file for a link to a file of this user's, while the vault
 * is saved again and again. The victim stays untouched and the vault keeps opening.
 */
class VaultTempSwapAttackTest {
    private static final char[] PASS = "vault passphrase".toCharArray();
    private static final byte[] VICTIM = "ssh private key\n".getBytes(StandardCharsets.UTF_8);

    private static final int FILLER_ENTRIES = 150;

    @TempDir
    Path dir;

    @NeedsPosixPermissions
    @Test
    void swappingTheVaultsTempFileNeverOverwritesTheLinkTargetOrBreaksTheVault() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Path victim = Files.write(dir.resolve("id_ed25519"), VICTIM);
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-------"));
        Path file = folder.resolve("v.age");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger saved = new AtomicInteger();
        try (Vault vault = Vault.create(file, PASS, 10)) {
            VaultEditor editor = new VaultEditor(vault);
            // A large document makes each save last long enough for the attacker to find its temp file
            // (notes are at most 10,000 characters each, so the bulk is spread over many entries).
            for (int i = 0; i < FILLER_ENTRIES; i++) {
                var filler = editor.addServer(
                                "pf-" + i, "https://pf" + i + ".example.com:9999", "admin", "pw".toCharArray())
                        .entry();
                editor.setNotes(filler, ("filler " + i + " ").repeat(900));
            }
            var server = editor.find(EntryKind.PINGFEDERATE_SERVER, "pf-0").orElseThrow();
            Thread saver = new Thread(() -> {
                for (int n = 0; !stop.get(); n++) {
                    try {
                        editor.setNotes(server, "note " + n);
                        vault.save();
                        saved.incrementAndGet();
                    } catch (IOException | VaultException swappedOrDeleted) {
                        // the attacker broke this save; the vault on disk is as before
                    }
                }
            });
            saver.start();
            try {
                // On a loaded machine the attacker may find no temp file in a round: more rounds, bounded.
                KillHarness attacker =
                        new KillHarness(TempSwapAttacker.class, List.of(folder.toString(), victim.toString()), folder);
                for (int run = 0; run < 8 && swapsMade(folder) == 0; run++) {
                    attacker.run(
                            4,
                            Duration.ofMillis(400),
                            22L + run,
                            round -> assertThat(Files.readAllBytes(victim))
                                    .as("victim content")
                                    .isEqualTo(VICTIM));
                }
            } finally {
                stop.set(true);
                saver.join();
            }
        }

        assertThat(swapsMade(folder)).as("swaps the attacker made").isPositive();
        assertThat(saved.get()).as("saves that got through").isPositive();
        assertThat(Files.readAllBytes(victim)).isEqualTo(VICTIM);
        assertThat(Files.getPosixFilePermissions(victim)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.isSymbolicLink(file)).isFalse();
        try (Vault reopened = Vault.open(file, PASS)) {
            assertThat(reopened.document().entries).hasSize(FILLER_ENTRIES);
        }
    }

    private static long swapsMade(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".swapped"))
                    .count();
        }
    }
}
