package io.p1vault.vault;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.UnknownEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnlockWarmUpTest {
    @Test
    void runsOnALowPriorityDaemonThreadThatEnds() throws Exception {
        Thread warmUp = UnlockWarmUp.start();
        assertThat(warmUp.isDaemon()).as("never keeps the process alive").isTrue();
        assertThat(warmUp.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        warmUp.join(60_000);
        assertThat(warmUp.isAlive()).as("a warm-up that failed or hung").isFalse();
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
    void theReadingAloneIsPreparedBesideARunningDerivation() throws Exception {
        Thread warmUp = UnlockWarmUp.start(false);
        warmUp.join(60_000);
        assertThat(warmUp.isAlive()).as("a warm-up that failed or hung").isFalse();
    }
}
