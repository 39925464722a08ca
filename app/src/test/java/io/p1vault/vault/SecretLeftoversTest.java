package io.p1vault.vault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.testing.HeapDumpScan;
import io.p1vault.testing.HeapLeftovers;
import io.p1vault.vault.merge.MergeConflictsException;
import io.p1vault.vault.merge.OtherProgram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * After an operation on a vault or an export, no copy of a secret it read is left in memory
 * unwiped: not in the streams that decrypted or encrypted it, not in the JSON reader's or writer's
 * buffers, not in a preview that was dropped. Each operation runs in a child JVM that keeps every
 * array it made ({@link HeapLeftovers}); a finding names the array and what held it.
 */
class SecretLeftoversTest {
    private static final String PASSPHRASE = "leftovers passphrase";
    private static final String EXPORT_PASSPHRASE = "export passphrase";

    @TempDir
    Path dir;

    /** Made fresh for each test, so that no class the child loads holds it as a constant. */
    private String canary;

    private Path vault;

    @BeforeEach
    void vaultHoldingTheCanary() throws Exception {
        canary = HexFormat.of().formatHex(new SecureRandom().generateSeed(20));
        vault = dir.resolve("v.age");
        try (Vault v = Vault.create(vault, PASSPHRASE.toCharArray(), 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addServer("pf-canary", "https://pf.example.com:9999", "admin", canary.toCharArray());
            // Enough entries that the file has several 64 KiB chunks, and the canary again in the last
            // one, which no later entry overwrites in a buffer that is reused, in a secret longer than
            // the buffers Jackson starts with.
            for (int i = 0; i < 800; i++) {
                editor.addServer("pf-" + i, "https://pf" + i + ".example.com:9999", "admin", ("pw-" + i).toCharArray());
            }
            editor.addServer(
                    "pf-canary-last",
                    "https://pf.example.com:9999",
                    "admin",
                    canary.repeat(30).toCharArray());
            v.save();
        }
    }

    private List<HeapDumpScan.Finding> after(Class<? extends HeapLeftovers.Scenario> scenario, String... args)
            throws Exception {
        return HeapLeftovers.after(scenario, List.of(args), canary, dir);
    }

    @Test
    void theHarnessFindsASecretThatWasReadAndNotWiped() throws Exception {
        assertThat(after(KeepsTheVaultOpen.class, vault.toString()))
                .extracting(Object::toString)
                .anyMatch(f -> f.startsWith("char[") && f.contains("io.p1vault.model.Secret.value"));
    }

    @Test
    void unlockingAndLockingLeavesNoCopy() throws Exception {
        assertThat(after(UnlocksAndLocks.class, vault.toString())).isEmpty();
    }

    @Test
    void savingLeavesNoCopy() throws Exception {
        assertThat(after(SavesAndLocks.class, vault.toString())).isEmpty();
    }

    @Test
    void aFileTamperedWithAfterTheSecretLeavesNoCopy() throws Exception {
        byte[] bytes = Files.readAllBytes(vault);
        bytes[bytes.length - 20] ^= 1;
        Files.write(vault, bytes);
        assertThatThrownBy(() -> Vault.open(vault, PASSPHRASE.toCharArray()).close())
                .isInstanceOf(VaultException.class);

        assertThat(after(FailsToUnlock.class, vault.toString())).isEmpty();
    }

    @Test
    void anImportPreviewedAndDiscardedLeavesNoCopy() throws Exception {
        Path export = exportOfTheVault();
        assertThat(importing(PreviewsAnImport.class, export)).isEmpty();
    }

    @Test
    void anImportAppliedLeavesNoCopyOnceLocked() throws Exception {
        Path export = exportOfTheVault();
        assertThat(importing(AppliesAnImport.class, export)).isEmpty();
    }

    @Test
    void anExportTamperedWithPartWayLeavesNoCopy() throws Exception {
        Path export = exportOf(List::copyOf);
        byte[] bytes = Files.readAllBytes(export);
        // In the chunk before the last: the chunks before it are read, the last may be opened meanwhile.
        assertThat(bytes.length).isGreaterThan(3 * 65_536);
        bytes[bytes.length - 70_000] ^= 1;
        Files.write(export, bytes);
        assertThat(importing(FailsToPreviewAnImport.class, export)).isEmpty();
    }

    @Test
    void aSaveMergedWithAChangeOnDiskLeavesNoCopyOnceLocked() throws Exception {
        Path theirs = savedMeanwhile("pf-5", "renamed by them");

        assertThat(after(SavesOverAChangeOnDisk.class, vault.toString(), theirs.toString(), "pf-6"))
                .isEmpty();
    }

    @Test
    void aMergeLeftInConflictLeavesNoCopyOnceLocked() throws Exception {
        Path theirs = savedMeanwhile("pf-5", "renamed by them");

        assertThat(after(SavesOverAChangeOnDisk.class, vault.toString(), theirs.toString(), "pf-5"))
                .isEmpty();
    }

    /**
     * The vault as another program would have saved it with {@code entry} renamed (same passphrase
     * and file key); the vault file itself is left as it was.
     */
    private Path savedMeanwhile(String entry, String newName) throws Exception {
        byte[] before = Files.readAllBytes(vault);
        OtherProgram.saves(
                vault,
                PASSPHRASE.toCharArray(),
                doc -> doc.get("entries").forEach(e -> {
                    if (e.get("name").asText().equals(entry)) {
                        ((ObjectNode) e).put("name", newName);
                    }
                }));
        Path theirs = Files.write(dir.resolve("theirs.age"), Files.readAllBytes(vault));
        Files.write(vault, before);
        return theirs;
    }

    /** Runs {@code scenario} on a new empty vault and {@code export}. */
    private List<HeapDumpScan.Finding> importing(Class<? extends HeapLeftovers.Scenario> scenario, Path export)
            throws Exception {
        Path other = dir.resolve("other.age");
        Vault.create(other, PASSPHRASE.toCharArray(), 10).close();
        return after(scenario, other.toString(), export.toString());
    }

    /** An export of the first 25 and the last 25 entries, each with a canary. */
    private Path exportOfTheVault() throws Exception {
        return exportOf(all -> {
            List<Entry> entries = new ArrayList<>(all.subList(0, 25));
            entries.addAll(all.subList(all.size() - 25, all.size()));
            return entries;
        });
    }

    private Path exportOf(UnaryOperator<List<Entry>> chosen) throws Exception {
        Path export = dir.resolve("export.age");
        try (Vault v = Vault.open(vault, PASSPHRASE.toCharArray())) {
            List<Entry> entries = chosen.apply(v.document().entries);
            VaultExport.export(
                    v, entries, List.of(VaultExport.passphrase(EXPORT_PASSPHRASE.toCharArray(), 10)), false, export);
        }
        return export;
    }

    /** A control: the vault stays open, so its secrets are in memory. */
    public static final class KeepsTheVaultOpen implements HeapLeftovers.Scenario {
        @Override
        public void run(List<String> args) throws Exception {
            Vault v = Vault.open(Path.of(args.get(0)), PASSPHRASE.toCharArray());
            assertThat(v.document().entries).isNotEmpty();
        }
    }

    public static final class UnlocksAndLocks implements HeapLeftovers.Scenario {
        @Override
        public void run(List<String> args) throws Exception {
            try (Vault v = Vault.open(Path.of(args.get(0)), PASSPHRASE.toCharArray())) {
                assertThat(v.document().entries).hasSize(802);
            }
        }
    }

    public static final class SavesAndLocks implements HeapLeftovers.Scenario {
        @Override
        public void run(List<String> args) throws Exception {
            try (Vault v = Vault.open(Path.of(args.get(0)), PASSPHRASE.toCharArray())) {
                new VaultEditor(v).setNotes(v.document().entries.get(1), "saved again");
                v.save();
            }
        }
    }

    public static final class FailsToUnlock implements HeapLeftovers.Scenario {
        @Override
        public void run(List<String> args) {
            assertThatThrownBy(() -> Vault.open(Path.of(args.get(0)), PASSPHRASE.toCharArray()))
                    .isInstanceOf(VaultException.class);
        }
    }

    public static final class PreviewsAnImport implements HeapLeftovers.Scenario {
        @Override
        public void run(List<String> args) throws Exception {
            try (Vault v = Vault.open(Path.of(args.get(0)), PASSPHRASE.toCharArray())) {
                ImportPreview preview = VaultImport.preview(v, Path.of(args.get(1)), EXPORT_PASSPHRASE.toCharArray());
                assertThat(preview.items()).hasSize(50);
                VaultImport.discard(preview);
            }
        }
    }

    public static final class FailsToPreviewAnImport implements HeapLeftovers.Scenario {
        @Override
        public void run(List<String> args) throws Exception {
            try (Vault v = Vault.open(Path.of(args.get(0)), PASSPHRASE.toCharArray())) {
                assertThatThrownBy(() -> VaultImport.preview(v, Path.of(args.get(1)), EXPORT_PASSPHRASE.toCharArray()))
                        .isInstanceOf(VaultException.class);
            }
        }
    }

    /**
     * Renames an entry, then another program's save (args 1) lands before this one saves: the save
     * merges, or, when both renamed the same entry, is refused for the conflict.
     */
    public static final class SavesOverAChangeOnDisk implements HeapLeftovers.Scenario {
        @Override
        public void run(List<String> args) throws Exception {
            Path file = Path.of(args.get(0));
            try (Vault v = Vault.open(file, PASSPHRASE.toCharArray())) {
                VaultEditor editor = new VaultEditor(v);
                editor.rename(
                        editor.find(EntryKind.PINGFEDERATE_SERVER, args.get(2)).orElseThrow(), "renamed here");
                Files.copy(Path.of(args.get(1)), file, StandardCopyOption.REPLACE_EXISTING);
                try {
                    v.save();
                    assertThat(v.document().entries).extracting(Entry::getName).contains("renamed by them");
                } catch (MergeConflictsException conflict) {
                    assertThat(conflict.change().outcome().conflicts()).hasSize(1);
                }
            }
        }
    }

    public static final class AppliesAnImport implements HeapLeftovers.Scenario {
        @Override
        public void run(List<String> args) throws Exception {
            try (Vault v = Vault.open(Path.of(args.get(0)), PASSPHRASE.toCharArray())) {
                ImportPreview preview = VaultImport.preview(v, Path.of(args.get(1)), EXPORT_PASSPHRASE.toCharArray());
                VaultImport.apply(v, preview, ConflictPolicy.SKIP);
                v.save();
            }
        }
    }
}
