package io.p1vault.cli;

import io.p1vault.crypto.age.EarlyDerivation;
import io.p1vault.vault.UnlockWarmUp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the key derivation of the vault a command line names ({@code --vault FILE}) with the
 * passphrase it gives without a prompt ({@code --passphrase-file} or the variable), before the
 * commands are even loaded: see {@link EarlyDerivation}. It reads the arguments as the command
 * will, and anything it cannot read starts nothing; the command then reports it as usual.
 */
final class EarlyUnlock {
    /**
     * Whether the reading's warm-up waits for the command to open its vault. While the command line
     * loads (a few tenths of a second of parsing on the main thread), the derivation needs one core
     * and the loading the other: a warm-up beside them only slows both. Once the command opens the
     * vault, the main thread waits for the key and the second core is free for it.
     */
    private static final AtomicBoolean READING_DEFERRED = new AtomicBoolean();

    private EarlyUnlock() {}

    /**
     * Prepares the document reading in the background if a derivation started early (see
     * {@link #start}); the command calls it as it opens the vault, the first time only. Says
     * whether it started the warm-up.
     */
    static boolean prepareReading() {
        if (READING_DEFERRED.getAndSet(false)) {
            UnlockWarmUp.start(false);
            return true;
        }
        return false;
    }

    /** Says whether the derivation started. */
    static boolean start(String[] args, CliEnvironment env) {
        Path vault = option(args, "--vault");
        if (vault == null) {
            return false;
        }
        char[] passphrase = null;
        try (InputStream in = Files.newInputStream(vault)) {
            passphrase = new PassphraseSource(
                            "vault passphrase",
                            PassphraseSource.VAULT_VARIABLE,
                            "--passphrase-file",
                            option(args, "--passphrase-file"))
                    .given(env);
            boolean started = passphrase != null && EarlyDerivation.start(passphrase, in);
            READING_DEFERRED.set(started);
            return started;
        } catch (IOException | CliException | RuntimeException e) {
            // The command reads the same vault and passphrase again and says what is wrong with them.
            return false;
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
    }

    /** The value of {@code name} given as "NAME VALUE" or "NAME=VALUE" before any "--"; null if absent. */
    static Path option(String[] args, String name) {
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith(name + "=")) {
                return Path.of(args[i].substring(name.length() + 1));
            }
        }
        return null;
    }
}
