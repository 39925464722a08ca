package io.p1vault.vault;

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
    void theReadingAloneIsPreparedBesideARunningDerivation() throws Exception {
        Thread warmUp = UnlockWarmUp.start(false);
        warmUp.join(60_000);
        assertThat(warmUp.isAlive()).as("a warm-up that failed or hung").isFalse();
    }
}
