package io.p1vault.vault;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.p1vault.model.Entry;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.VisibleText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import/open path under Jazzer: any document (the plaintext of an export or a vault) and any
 * bytes offered as an export are read, checked and previewed against a vault without crashing,
 * within a second, and without changing the vault file. In the normal build each test replays its
 * committed corpus ({@code VaultDocumentFuzzTestInputs}); {@code -Pfuzz} explores (see the pom).
 */
@Tag("jazzer")
class VaultDocumentFuzzTest {
    private static final long SECOND_NANOS = 1_000_000_000L;
    private static Path dir;
    private static Vault vault;
    private static byte[] vaultSha256;

    @BeforeAll
    static void openVault() throws Exception {
        dir = Files.createTempDirectory("p1vault-fuzz");
        vault = Vault.create(dir.resolve("v.age"), "fuzz passphrase".toCharArray(), 10);
        new VaultEditor(vault).addClientCredentials("existing", "c", "https://token.example.com/t", "s".toCharArray());
        vault.save();
        vaultSha256 = sha256(vault.path());
    }

    @AfterAll
    static void closeVault() throws IOException {
        vault.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void documentFromOutside(byte[] json) throws Exception {
        long start = System.nanoTime();
        VaultDocuments.Loaded loaded;
        try {
            loaded = VaultDocuments.parse(Path.of("fuzzed.age"), json);
        } catch (VaultException refused) {
            assertOneVisibleLine(refused.getMessage());
            assertUnchangedWithinASecond(start);
            return;
        }
        for (Entry e : loaded.document().entries) {
            EntryRules.check(e).forEach(v -> assertOneVisibleLine(v.toString()));
        }
        ImportPreview preview;
        try {
            preview = VaultImport.preview(vault, loaded.document(), "The fuzzed export");
        } catch (VaultException refused) {
            assertOneVisibleLine(refused.getMessage());
            assertUnchangedWithinASecond(start);
            return;
        }
        assertThat(preview.items()).hasSameSizeAs(loaded.document().entries);
        preview.items().stream()
                .filter(i -> i.status() == ImportPreview.Status.REFUSED)
                .forEach(i -> assertThat(i.problems()).isNotEmpty());
        VaultImport.discard(preview);
        assertUnchangedWithinASecond(start);
    }

    @FuzzTest(maxDuration = "5m")
    void bytesOfferedAsAnExport(byte[] export) throws Exception {
        long start = System.nanoTime();
        try {
            VaultImport.discard(VaultImport.preview(vault, export, null, null));
        } catch (VaultException refused) {
            assertOneVisibleLine(refused.getMessage());
        }
        assertUnchangedWithinASecond(start);
    }

    private static void assertOneVisibleLine(String message) {
        assertThat(message).isNotBlank();
        assertThat(VisibleText.firstInvisible(message)).as(message).isEqualTo(-1);
    }

    private static void assertUnchangedWithinASecond(long start) throws Exception {
        assertThat(System.nanoTime() - start).as("nanoseconds for one input").isLessThan(SECOND_NANOS);
        assertThat(vault.hasUnsavedChanges()).isFalse();
        assertThat(sha256(vault.path())).as("the vault file").isEqualTo(vaultSha256);
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
