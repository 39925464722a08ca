package io.p1vault.cli;

import io.p1vault.integrations.SecretChoice;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The output options of the {@code config} commands whose documents hold secrets. */
final class DocumentOutputOptions {
    @Option(
            names = "--no-secret",
            description = "Write REPLACE_WITH_…_CLIENT_SECRET placeholders instead of the secrets.")
    boolean noSecret;

    @Option(names = "--out", paramLabel = "F", description = "Write to F (readable by you only) instead of stdout.")
    Path outFile;

    SecretChoice secrets() {
        return noSecret ? SecretChoice.PLACEHOLDER : SecretChoice.INCLUDE;
    }
}
