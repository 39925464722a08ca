package io.p1vault.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The training run for the command line's class cache (see the {@code p1vault} launcher): runs, in
 * one process, the commands a user runs most on a throw-away vault in {@code FOLDER}, so the JVM
 * records the classes and profiles those commands need. The vault has a low work factor and a
 * fixed passphrase: it holds nothing and is deleted by the caller with the folder.
 *
 * <p>Usage: {@code java -XX:AOTCacheOutput=CACHE -cp p1vault.jar io.p1vault.cli.CliTraining FOLDER}
 */
public final class CliTraining {
    private static final String PASSPHRASE = "training only";

    private CliTraining() {}

    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 1) {
            System.err.println("usage: CliTraining FOLDER");
            System.exit(2);
        }
        String vault = Files.createDirectories(Path.of(arguments[0]))
                .resolve("training.age")
                .toString();
        List<List<String>> commands = List.of(
                List.of("--version"),
                List.of("init", "--vault", vault, "--work-factor", "10"),
                List.of(
                        "add",
                        "pingone-app",
                        "--vault",
                        vault,
                        "--name",
                        "training",
                        "--type",
                        "worker",
                        "--environment-id",
                        "9b1f7c3e-52d4-4f0e-8a51-3f6a2f9d4c10",
                        "--region",
                        "eu",
                        "--client-id",
                        "training-client"),
                List.of("list", "--vault", vault),
                List.of("show", "--vault", vault, "training"),
                List.of("history", "--vault", vault));
        for (List<String> command : commands) {
            String[] args = command.toArray(String[]::new);
            int status = P1vaultCommand.commandLineFor(new TrainingEnvironment(), args)
                    .execute(args);
            if (status != 0) {
                // A cache from a run that failed halfway would leave out what the later commands need.
                System.err.println("CliTraining: " + command.get(0) + " failed with status " + status);
                System.exit(1);
            }
        }
    }

    /** The fixed passphrase in the variable a script would set, and a secret on standard input. */
    private static final class TrainingEnvironment implements CliEnvironment {
        @Override
        public String variable(String name) {
            return PassphraseSource.VAULT_VARIABLE.equals(name) ? PASSPHRASE : null;
        }

        @Override
        public InputStream stdin() {
            return new ByteArrayInputStream("training secret".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Optional<PasswordConsole> console() {
            return Optional.empty();
        }
    }
}
