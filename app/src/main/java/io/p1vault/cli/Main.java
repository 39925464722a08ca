package io.p1vault.cli;

import io.p1vault.desktop.AppDirectories;
import io.p1vault.desktop.AppLog;
import io.p1vault.vault.UnlockWarmUp;

import java.util.Set;

/** Process entry point: the desktop application, or the command line and its exit status. */
public final class Main {
    /**
     * Invocations that open no vault, which the unlock warm-up would only slow down. The window
     * starts its warm-up itself once its first dialog is painted (see DesktopController).
     */
    private static final Set<String> NO_VAULT = Set.of("--version", "-V", "--help", "-h", "help");

    private Main() {}

    /** Without arguments, opens the desktop application; with arguments, runs the command line. */
    public static void main(String[] args) {
        if (args.length > 0) {
            prepare(args, CliEnvironment.system());
        }
        installLog();
        if (args.length == 0) {
            int status = io.p1vault.ui.DesktopApp.launch(System.err);
            if (status != 0) {
                System.exit(status);
            }
            return;
        }
        System.exit(run(args));
    }

    /**
     * Starts, before the command is loaded, what opening its vault will need: the key derivation
     * when the arguments name the vault and give the passphrase, else the unlock's warm-up. Nothing
     * for a command that opens no vault. The launcher's training run (CliTraining) starts its
     * commands this way too, so that the cache holds what a launch runs.
     */
    static void prepare(String[] args, CliEnvironment env) {
        if (!NO_VAULT.contains(args[0]) && !EarlyUnlock.start(args, env)) {
            UnlockWarmUp.start(true);
        }
    }

    /** Sends failures to the user's log file (see {@link AppLog}). */
    static void installLog() {
        AppLog.install(AppDirectories.forCurrentUser().logs());
    }

    private static int run(String... args) {
        return P1vaultCommand.commandLineFor(CliEnvironment.system(), args).execute(args);
    }
}
