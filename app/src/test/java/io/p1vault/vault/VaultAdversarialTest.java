package io.p1vault.vault;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** A real small vault file, damaged in every way a single bit flip or a truncation can. */
class VaultAdversarialTest {
    private static final char[] PASS = "adversarial".toCharArray();
    private static final Set<VaultException.Reason> CLEAR_REFUSALS = EnumSet.of(
            VaultException.Reason.NOT_A_VAULT, VaultException.Reason.WRONG_PASSPHRASE, VaultException.Reason.DAMAGED);

    @TempDir
    Path dir;

    private Path vault;
    private byte[] original;

    @BeforeEach
    void smallVault() throws Exception {
        vault = dir.resolve("small.p1vault");
        try (Vault v = Vault.create(vault, PASS, 10)) {
            new VaultEditor(v)
                    .addApplication("app", "worker", VaultTest.ENV, "eu", "cid", null, "CANARY-secret".toCharArray());
            v.save();
        }
        Files.deleteIfExists(VaultFiles.backupOf(vault));
        original = Files.readAllBytes(vault);
    }

    @Test
    void everySingleBitFlipIsRefusedAndTheFileIsLeftAsItWas() throws Exception {
        assertThat(original.length).isLessThan(1200);
        for (int bit = 0; bit < original.length * 8; bit++) {
            byte[] damaged = original.clone();
            damaged[bit / 8] ^= (byte) (1 << (bit % 8));
            Files.write(vault, damaged);
            expectRefusal("bit " + bit);
            assertThat(Files.readAllBytes(vault)).as("file after bit %d", bit).isEqualTo(damaged);
        }
    }

    @Test
    void everyTruncationIsRefusedAndTheFileIsLeftAsItWas() throws Exception {
        for (int length = 0; length < original.length; length++) {
            byte[] truncated = Arrays.copyOf(original, length);
            Files.write(vault, truncated);
            expectRefusal("length " + length);
            assertThat(Files.readAllBytes(vault)).isEqualTo(truncated);
        }
    }

    @Test
    void theUndamagedFileStillOpens() throws Exception {
        try (Vault v = Vault.open(vault, PASS)) {
            assertThat(v.document().entries).hasSize(1);
        }
    }

    private void expectRefusal(String what) throws Exception {
        try (Vault v = Vault.open(vault, PASS)) {
            fail("%s: a damaged vault opened", what);
        } catch (VaultException e) {
            assertThat(e.reason()).as(what).isIn(CLEAR_REFUSALS);
            assertThat(e.getMessage())
                    .as(what)
                    .doesNotContain("CANARY")
                    .doesNotContain("\n")
                    .isNotBlank();
        }
    }
}
