package io.p1vault.testing;

import io.p1vault.crypto.Scrypt;
import io.p1vault.vault.UnlockWarmUp;

/**
 * For tests that look at the derivation memory reserved ahead ({@link Scrypt#reserveMemory}): a
 * desktop started by an earlier test may still be warming up, and would reserve in the middle of
 * theirs.
 */
public final class WarmUps {
    private WarmUps() {}

    /** Waits until no unlock warm-up runs in this JVM, then drops whatever memory is reserved. */
    public static void awaitNoneThenRelease() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(UnlockWarmUp.THREAD_NAME)) {
                t.join(60_000);
            }
        }
        Scrypt.releaseMemory();
    }
}
