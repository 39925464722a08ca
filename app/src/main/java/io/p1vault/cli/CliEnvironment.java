package io.p1vault.cli;

import java.io.InputStream;
import java.util.Optional;

/**
 * What the command line reads from its surroundings besides its arguments: environment
 * variables, standard input and the terminal. Tests substitute their own; {@link #system()} is
 * the real one.
 */
public interface CliEnvironment {
    /** The value of an environment variable, or null when it is not set. */
    String variable(String name);

    InputStream stdin();

    /** The terminal to ask for passphrases on; empty when there is none (a script, a pipe). */
    Optional<PasswordConsole> console();

    /** Reads a line without echoing it. */
    @FunctionalInterface
    interface PasswordConsole {
        /** The characters typed, without the line ending; null at end of input. */
        char[] readPassword(String prompt);

        /** A line typed with echo, for answers that are not secret (yes/no); by default read as a password. */
        default String readLine(String prompt) {
            char[] typed = readPassword(prompt);
            return typed == null ? null : new String(typed);
        }
    }

    static CliEnvironment system() {
        return new SystemEnvironment();
    }
}
