package io.p1vault.vault;

import io.p1vault.crypto.Scrypt;
import io.p1vault.model.VaultJson;

/**
 * Prepares an unlock in the background: compiles the key derivation (a small scrypt run) and
 * loads the document reading (Jackson). The command line starts it with the process, while the
 * main thread loads the command; the desktop once its first dialog is painted, while the user
 * types. On two cores the real derivation then runs compiled code sooner, and the reading is
 * ready when the derivation ends instead of starting then.
 */
public final class UnlockWarmUp {
    private UnlockWarmUp() {}

    /** Starts the warm-up on a daemon thread, which never keeps the process alive, and returns that thread. */
    public static Thread start() {
        return start(true);
    }

    /**
     * As {@link #start()}; without {@code derivation} only the reading is prepared, for a process
     * whose real derivation already runs (it compiles itself as it goes, and a second one would
     * only take a core from it).
     */
    public static Thread start(boolean derivation) {
        Thread warmUp = new Thread(
                () -> {
                    if (derivation) {
                        Scrypt.prepare();
                    }
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
