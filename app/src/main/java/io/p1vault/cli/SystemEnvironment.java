package io.p1vault.cli;

import java.io.Console;
import java.io.InputStream;
import java.util.Optional;

/** The process's own environment, standard input and terminal. */
final class SystemEnvironment implements CliEnvironment {
    @Override
    public String variable(String name) {
        return System.getenv(name);
    }

    @Override
    public InputStream stdin() {
        return System.in;
    }

    @Override
    public Optional<PasswordConsole> console() {
        Console console = System.console();
        // "%s" so that a '%' in a file name shown in the prompt is not taken as a format.
        if (console == null) {
            return Optional.empty();
        }
        return Optional.of(new PasswordConsole() {
            @Override
            public char[] readPassword(String prompt) {
                return console.readPassword("%s", prompt);
            }

            @Override
            public String readLine(String prompt) {
                return console.readLine("%s", prompt);
            }
        });
    }
}
