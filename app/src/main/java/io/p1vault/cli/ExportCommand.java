package io.p1vault.cli;

import io.p1vault.crypto.age.Recipient;
import io.p1vault.crypto.age.ScryptRecipient;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.vault.PassphraseKey;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Writes entries (all but the vault's own age identities when no NAME is given) to a new age file, encrypted to each --recipient "
                        + "or else to an export passphrase (asked twice when prompted).")
final class ExportCommand extends VaultCommand {
    @Option(names = "--out", required = true, paramLabel = "F", description = "The file to write; must not exist.")
    Path out;

    @Option(
            names = "--recipient",
            paramLabel = "age1…",
            description = "An age public key to encrypt to, age1… or post-quantum age1pq1… (the two kinds do "
                    + "not mix); repeat for several.")
    List<String> recipients = new ArrayList<>();

    @Option(names = "--armor", description = "Write ASCII armor, for pasting into a ticket or a mail.")
    boolean armor;

    @Option(
            names = "--kind",
            paramLabel = "K",
            converter = Converters.Kind.class,
            description = "The entries' kind, when entries of several kinds share a name.")
    EntryKind kind;

    @Option(
            names = "--export-passphrase-file",
            paramLabel = "FILE",
            description = "Read the export passphrase from the first line of FILE " + "(else from $"
                    + PassphraseSource.EXPORT_VARIABLE + ", else from a prompt).")
    Path exportPassphraseFile;

    @Option(
            names = "--work-factor",
            paramLabel = "N",
            description = "scrypt work factor of the export passphrase, 18 by default as in age.")
    Integer workFactor;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "The entries to export.")
    List<String> names = new ArrayList<>();

    @Override
    void run() throws Exception {
        if (!recipients.isEmpty() && (exportPassphraseFile != null || workFactor != null)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "An export goes either to --recipient keys or to a "
                            + "passphrase: --export-passphrase-file and --work-factor do not go with --recipient.");
        }
        // Everything that can be refused is refused before any passphrase is asked for.
        VaultExport.checkCanWrite(out);
        List<Recipient> keys = VaultExport.recipients(recipients);
        int factor = workFactor != null ? workFactor : ScryptRecipient.DEFAULT_WORK_FACTOR;
        if (keys.isEmpty()) {
            PassphraseKey.checkWorkFactor(factor);
        }
        try (Vault vault = openVault()) {
            VaultEditor editor = new VaultEditor(vault);
            List<Entry> entries =
                    names.isEmpty() ? VaultExport.defaultSelection(editor.entries()) : requireAll(editor, kind, names);
            if (keys.isEmpty()) {
                exportToPassphrase(vault, entries, factor);
            } else {
                VaultExport.export(vault, entries, keys, armor, out);
            }
            if (vault.hasUnsavedChanges()) {
                vault.save();
            }
            confirm("Exported " + entries.size() + (entries.size() == 1 ? " entry" : " entries") + " to " + out
                    + (keys.isEmpty()
                            ? ", protected by a passphrase."
                            : ", encrypted to " + keys.size() + (keys.size() == 1 ? " recipient." : " recipients.")));
        }
    }

    private void exportToPassphrase(Vault vault, List<Entry> entries, int factor) throws Exception {
        warnIfWeak(factor);
        char[] passphrase = new PassphraseSource(
                        "export passphrase",
                        PassphraseSource.EXPORT_VARIABLE,
                        "--export-passphrase-file",
                        exportPassphraseFile)
                .fresh(env());
        ScryptRecipient recipient;
        try {
            recipient = VaultExport.passphrase(passphrase, factor);
        } finally {
            wipe(passphrase);
        }
        try {
            VaultExport.export(vault, entries, List.of(recipient), armor, out);
        } finally {
            recipient.destroy();
        }
    }
}
