package io.p1vault.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where one passphrase comes from: the first line of the file named by an option, else an
 * environment variable, else a no-echo prompt on the terminal. The option wins over the
 * variable because it is the more explicit of the two: a script may export the variable for
 * every command and still point one of them at a file. Every array returned is the caller's
 * to wipe.
 */
final class PassphraseSource {
    static final String VAULT_VARIABLE = "P1VAULT_PASSPHRASE";
    static final String NEW_VARIABLE = "P1VAULT_NEW_PASSPHRASE";
    static final String EXPORT_VARIABLE = "P1VAULT_EXPORT_PASSPHRASE";

    private final String what;
    private final String variable;
    private final String fileOption;
    private final Path file;

    /**
     * @param what       names the passphrase in prompts and messages, e.g. "vault passphrase"
     * @param file       the file given with {@code fileOption}, or null
     */
    PassphraseSource(String what, String variable, String fileOption, Path file) {
        this.what = what;
        this.variable = variable;
        this.fileOption = fileOption;
        this.file = file;
    }

    /** From the file or the variable, or null when neither was given. */
    char[] given(CliEnvironment env) throws CliException {
        if (file != null) {
            return SecretInput.firstLine(SecretInput.readFile(file, "the " + what + " file"));
        }
        String value = env.variable(variable);
        // An empty variable is how shells unset one for a single command, so it does not count as given.
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    /** A passphrase that already exists: asked once. */
    char[] existing(CliEnvironment env) throws CliException {
        char[] given = given(env);
        return given != null ? given : prompted(env, null);
    }

    /** A passphrase being set: asked twice, as a typo would lock the user out. */
    char[] fresh(CliEnvironment env) throws CliException {
        char[] given = given(env);
        if (given != null) {
            return given;
        }
        CliEnvironment.PasswordConsole console = console(env, null);
        char[] first = read(console, capitalized() + ": ");
        char[] second = null;
        try {
            second = read(console, "Repeat the " + what + ": ");
            if (!Arrays.equals(first, second)) {
                throw new CliException("The two " + what + "s differ; nothing was changed.");
            }
            return first;
        } catch (CliException e) {
            Arrays.fill(first, '\0');
            throw e;
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    /** Asked once on the terminal; {@code context} says why it is needed, for the message without one. */
    char[] prompted(CliEnvironment env, String context) throws CliException {
        return read(console(env, context), capitalized() + ": ");
    }

    private CliEnvironment.PasswordConsole console(CliEnvironment env, String context) throws CliException {
        Optional<CliEnvironment.PasswordConsole> console = env.console();
        if (console.isEmpty()) {
            throw new CliException((context == null ? "" : context + " ") + "No " + what + " was given: set " + variable
                    + ", use " + fileOption + " FILE, or run p1vault in a terminal to be asked for it.");
        }
        return console.get();
    }

    private char[] read(CliEnvironment.PasswordConsole console, String prompt) throws CliException {
        char[] typed = console.readPassword(prompt);
        if (typed == null) {
            throw new CliException("No " + what + " was entered.");
        }
        return typed;
    }

    private String capitalized() {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
