package io.p1vault.cli;

import io.p1vault.crypto.age.ScryptRecipient;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.rules.VisibleText;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.merge.MergeConflictsException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * What every command on a vault shares: the vault and its passphrase options, the environment,
 * and the output rules (asked-for data on standard output; confirmations and warnings on
 * standard error, so scripts can parse standard output as it is).
 */
abstract class VaultCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--vault",
            required = true,
            paramLabel = "FILE",
            description = "The vault file (with --team: your personal vault, which holds the identity).")
    Path vaultFile;

    @Mixin
    TeamOptions team;

    @Mixin
    ConflictOptions conflicts;

    @Option(
            names = "--passphrase-file",
            paramLabel = "FILE",
            description = "Read the vault passphrase from the first line of FILE " + "(else from $"
                    + PassphraseSource.VAULT_VARIABLE + ", else from a prompt).")
    Path passphraseFile;

    @Override
    public final Integer call() throws Exception {
        if (team.isSet() && !worksOnTeamVaults()) {
            throw new CliException(spec.name() + " works on a personal vault only; leave out --team and --identity.");
        }
        try {
            run();
        } catch (MergeConflictsException e) {
            throw new CliException(e.getMessage()
                    + (env().console().isEmpty() ? " No terminal to ask on: " : " Or ")
                    + ConflictOptions.HINT);
        }
        return 0;
    }

    /** False for commands about the personal vault itself (its passphrase, identities, backups). */
    boolean worksOnTeamVaults() {
        return true;
    }

    /** Does the command's work; a failure is an exception, reported by {@link FailureReporter}. */
    abstract void run() throws Exception;

    final CliEnvironment env() {
        return ((P1vaultCommand) spec.root().userObject()).environment();
    }

    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** One line on standard error; whatever it quotes from outside stays on that line, visibly. */
    final void confirm(String line) {
        spec.commandLine().getErr().println(VisibleText.of(line));
    }

    final void warn(String line) {
        spec.commandLine().getErr().println("p1vault: warning: " + VisibleText.of(line));
    }

    final PassphraseSource vaultPassphrase() {
        return new PassphraseSource(
                "vault passphrase", PassphraseSource.VAULT_VARIABLE, "--passphrase-file", passphraseFile);
    }

    /**
     * Unlocks the vault, or with --team the team vault; the caller closes it (which releases the
     * lock and wipes its secrets).
     */
    final Vault openVault() throws VaultException, IOException, CliException {
        Vault vault = team.open(vaultFile, vaultPassphrase(), env(), this::confirm);
        vault.settleConflictsWith(conflicts.chooser(env(), spec.commandLine().getErr()));
        return vault;
    }

    /** Unlocks {@code vaultFile} with the passphrase from {@code source}; shared with other command groups. */
    static Vault open(Path vaultFile, PassphraseSource source, CliEnvironment env)
            throws VaultException, IOException, CliException {
        // A missing file is worth saying before anyone types a passphrase for it.
        Vault.checkCanOpen(vaultFile);
        char[] passphrase = source.existing(env);
        EarlyUnlock.prepareReading();
        try {
            return Vault.open(vaultFile, passphrase);
        } finally {
            wipe(passphrase);
        }
    }

    /** Low work factors are allowed for tests and demos, and must never go unnoticed elsewhere. */
    final void warnIfWeak(int workFactor) {
        if (workFactor < ScryptRecipient.DEFAULT_WORK_FACTOR) {
            warn("work factor " + workFactor + " is below age's default of " + ScryptRecipient.DEFAULT_WORK_FACTOR
                    + "; use it only for tests and demos.");
        }
    }

    /** The entries of those names (each once), all found before anything is done with any. */
    static List<Entry> requireAll(VaultEditor editor, EntryKind kind, List<String> names) throws VaultException {
        Set<Entry> entries = new LinkedHashSet<>();
        for (String name : names) {
            entries.add(editor.require(kind, name));
        }
        return List.copyOf(entries);
    }

    static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * True when the user agreed: {@code --yes}, or "yes" typed at the terminal. Without a terminal
     * and without {@code --yes} the command stops, since a script cannot answer.
     */
    final boolean confirmed(boolean yes, String question) throws CliException {
        if (yes) {
            return true;
        }
        Optional<CliEnvironment.PasswordConsole> console = env().console();
        if (console.isEmpty()) {
            throw new CliException(question.replaceFirst("\\?$", "") + ": confirmation needed, and there is no "
                    + "terminal to ask on; run again with --yes to confirm. Nothing was changed.");
        }
        return ask(console.get(), question);
    }

    final boolean ask(CliEnvironment.PasswordConsole console, String question) {
        spec.commandLine().getErr().flush();
        String answer = console.readLine(question + " [y/N] ");
        return answer != null
                && (answer.strip().toLowerCase(Locale.ROOT).equals("y")
                        || answer.strip().toLowerCase(Locale.ROOT).equals("yes"));
    }

    /** A word a POSIX shell reads back as it is: quoted when it holds anything but safe characters. */
    static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
