package io.p1vault.cli;

import io.p1vault.model.Entry;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.storage.IoErrors;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An {@code add} subcommand: the entry's secret comes from a file or standard input (never from
 * an argument, which other users can see in the process list), the rest from options.
 */
abstract class AddEntryCommand extends VaultCommand {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The entry's name.")
    String name;

    @Option(
            names = "--from-file",
            paramLabel = "F",
            description = "Read the secret from F (else from standard input); one trailing line ending is dropped.")
    Path fromFile;

    /** What the secret is called in messages: "credential", "client secret"… */
    abstract String secretName();

    abstract VaultEditor.Added<? extends Entry> add(VaultEditor editor, char[] secret)
            throws VaultException, InvalidEntryException;

    /** Lines to show after the entry was added, besides the editor's warnings. */
    List<String> notes() {
        return List.of();
    }

    @Override
    final void run() throws Exception {
        try (Vault vault = openVault()) {
            char[] secret = readSecret();
            try {
                VaultEditor.Added<? extends Entry> added = add(new VaultEditor(vault), secret);
                vault.save();
                added.warnings().forEach(this::warn);
                notes().forEach(this::confirm);
                confirm("Added the " + added.entry().knownKind().displayName() + " \""
                        + added.entry().getName() + "\" to " + vault.path() + ".");
            } finally {
                wipe(secret);
            }
        }
    }

    private char[] readSecret() throws CliException {
        if (fromFile != null) {
            return SecretInput.withoutTrailingLineEnding(
                    SecretInput.readFile(fromFile, "the " + secretName() + " file"));
        }
        if (env().console().isPresent()) {
            confirm("Paste the " + secretName() + ", then end the input (Ctrl-D; on Windows Ctrl-Z and Enter).");
        }
        try {
            return SecretInput.withoutTrailingLineEnding(SecretInput.read(env().stdin(), "standard input"));
        } catch (IOException e) {
            throw new CliException(
                    "Cannot read the " + secretName() + " from standard input: " + IoErrors.reason(e) + ".");
        }
    }
}
