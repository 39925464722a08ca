package io.p1vault.vault;

import io.p1vault.crypto.Scrypt;
import io.p1vault.crypto.age.Identity;
import io.p1vault.crypto.age.ScryptRecipient;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.UnknownEntry;
import io.p1vault.testing.WarmUps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnlockWarmUpTest {
    @BeforeEach
    void noOtherWarmUpReserves() throws InterruptedException {
        WarmUps.awaitNoneThenRelease();
    }

    @Test
    void runsOnALowPriorityDaemonThreadThatEnds() throws Exception {
        Thread warmUp = UnlockWarmUp.start(new UnlockWarmUp.MemoryReservation());
        assertThat(warmUp.isDaemon()).as("never keeps the process alive").isTrue();
        assertThat(warmUp.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        warmUp.join(60_000);
        assertThat(warmUp.isAlive()).as("a warm-up that failed or hung").isFalse();
        assertThat(Scrypt.releaseMemory())
                .as("it reserved the first unlock's memory")
                .isTrue();
    }

    @Test
    void theDesktopReservesTheDerivationsMemoryOnlyWhileNoVaultIsBeingOpened() {
        try (UnlockWarmUp.Opening opening = UnlockWarmUp.opening()) {
            assertThat(UnlockWarmUp.reserveMemoryUnlessOpening(new UnlockWarmUp.MemoryReservation()))
                    .as("the vault being opened has allocated its own")
                    .isFalse();
            assertThat(Scrypt.releaseMemory()).isFalse();
        }
        assertThat(UnlockWarmUp.reserveMemoryUnlessOpening(new UnlockWarmUp.MemoryReservation()))
                .isTrue();
        assertThat(Scrypt.releaseMemory()).isTrue();
    }

    @Test
    void aReservationEndedDropsWhatNoDerivationTookAndReservesNoMore() {
        UnlockWarmUp.MemoryReservation reservation = new UnlockWarmUp.MemoryReservation();
        assertThat(reservation.reserve()).isTrue();

        reservation.end();

        assertThat(Scrypt.releaseMemory()).as("dropped by end()").isFalse();
        assertThat(reservation.reserve()).isFalse();
        assertThat(Scrypt.releaseMemory()).isFalse();
    }

    @Test
    void theReservationFitsAVaultCreatedAtTheDefaultWorkFactor(@TempDir Path dir) throws Exception {
        assertThat(new UnlockWarmUp.MemoryReservation().reserve()).isTrue();

        Vault.create(dir.resolve("v.age"), "correct horse".toCharArray(), ScryptRecipient.DEFAULT_WORK_FACTOR)
                .close();

        assertThat(Scrypt.releaseMemory()).as("taken by the derivation").isFalse();
    }

    @Test
    void theDesktopsSampleReadsAsAVaultWithEveryEntryOfItsOwnKind() {
        VaultDocuments.Loaded loaded = UnlockWarmUp.readVaultShapedDocument();

        assertThat(loaded.readOnlyReason()).isNull();
        assertThat(loaded.document().entries).hasSize(UnlockWarmUp.SAMPLE_COPIES * EntryKind.values().length);
        assertThat(loaded.document().entries)
                .as("a sample entry that no longer binds would warm up the wrong code")
                .allSatisfy(e -> assertThat(e).isNotInstanceOf(UnknownEntry.class))
                .extracting(Entry::knownKind)
                .containsOnly(EntryKind.values());
    }

    @Test
    void theDesktopReadsItsSampleAgainOnlyWhileNoVaultIsBeingOpened() {
        assertThat(UnlockWarmUp.readAgainUnlessOpening()).isEqualTo(UnlockWarmUp.READING_ROUNDS);
        try (UnlockWarmUp.Opening opening = UnlockWarmUp.opening()) {
            assertThat(UnlockWarmUp.readAgainUnlessOpening())
                    .as("further rounds would take a core from the vault being opened")
                    .isEqualTo(1);
        }
        assertThat(UnlockWarmUp.vaultOpening()).isFalse();
    }

    @Test
    void aVaultIsBeingOpenedFromItsLockUntilItIsOpenOrHasFailed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v.age");
        char[] passphrase = "correct horse".toCharArray();
        Vault.create(file, passphrase, 10).close();
        List<Boolean> seen = new ArrayList<>();
        try (Vault vault = Vault.open(file, observing(PassphraseKey.toOpen(passphrase, null), seen))) {
            assertThat(vault.document().entries).isEmpty();
        }
        assertThatThrownBy(() -> Vault.open(file, observing(PassphraseKey.toOpen("wrong".toCharArray(), null), seen)))
                .isInstanceOf(VaultException.class);

        assertThat(seen).as("while each key was used").containsExactly(true, true);
        assertThat(UnlockWarmUp.vaultOpening())
                .as("after the opening and the failure")
                .isFalse();
    }

    /** {@code key}, noting whether a vault counts as being opened whenever its identity is taken. */
    private static KeySource observing(KeySource key, List<Boolean> seen) {
        return new KeySource() {
            @Override
            public Identity identity() {
                seen.add(UnlockWarmUp.vaultOpening());
                return key.identity();
            }

            @Override
            public VaultException noMatch(Path file, boolean passphraseFile) {
                return key.noMatch(file, passphraseFile);
            }

            @Override
            public void close() {
                key.close();
            }
        };
    }

    @Test
    void theReadingAloneIsPreparedBesideARunningDerivation() throws Exception {
        Thread warmUp = UnlockWarmUp.start(false);
        warmUp.join(60_000);
        assertThat(warmUp.isAlive()).as("a warm-up that failed or hung").isFalse();
    }
}
