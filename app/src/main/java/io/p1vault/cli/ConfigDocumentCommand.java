package io.p1vault.cli;

import io.p1vault.integrations.DocumentFiles;
import io.p1vault.integrations.GeneratedDocument;
import io.p1vault.model.EntryKind;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A {@code config} subcommand: finds the PingOne application, has an integration make the
 * document, and prints it (or writes it owner-only with {@code --out}); what the user must still
 * do goes to standard error, with a warning when the document holds a secret in clear.
 */
abstract class ConfigDocumentCommand extends VaultCommand {
    @Option(names = "--app", required = true, paramLabel = "NAME", description = "The PingOne application entry.")
    String appName;

    static PingOneApplicationEntry application(VaultEditor editor, String name) throws VaultException {
        return (PingOneApplicationEntry) editor.require(EntryKind.PINGONE_APPLICATION, name);
    }

    /** Prints or saves the document, then its notes; wipes it. */
    final void emit(GeneratedDocument document, Path outFile) throws IOException {
        try {
            if (outFile == null) {
                PrintWriter out = out();
                out.write(document.text());
                out.flush();
            } else {
                Path written = DocumentFiles.write(outFile, document);
                confirm("Wrote " + written + " (readable by you only).");
            }
            if (document.holdsSecret()) {
                warn("the output holds client secrets in clear: keep it private; --no-secret writes placeholders "
                        + "instead.");
            }
            document.notes().forEach(this::confirm);
        } finally {
            document.wipe();
        }
    }
}
