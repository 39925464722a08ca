package io.p1vault.vault;

import io.p1vault.crypto.Scrypt;
import io.p1vault.model.VaultJson;

/**
 * Prepares an unlock in the background from the first moment of the process: compiles the key
 * derivation (a small scrypt run) and loads the document reading (Jackson), while the main thread
 * loads the window or the command line. On two cores the command line's own derivation then runs
 * compiled code sooner, and the reading is ready when the derivation ends instead of starting then.
 */
public final class UnlockWarmUp {
    private UnlockWarmUp() {}

    /** Starts the warm-up on a daemon thread, which never keeps the process alive, and returns that thread. */
    public static Thread start() {
        Thread warmUp = new Thread(
                () -> {
                    Scrypt.prepare();
                    VaultJson.prepare();
                },
                "unlock-warm-up");
        warmUp.setDaemon(true);
        // Below the threads that load the first window or run the command: it uses spare time.
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
        return warmUp;
    }
}
