package io.p1vault.cli;

import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.Violation;
import io.p1vault.model.rules.VisibleText;
import io.p1vault.vault.ConflictPolicy;
import io.p1vault.vault.ImportPreview;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import io.p1vault.vault.VaultImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Imports an export. With conflicts and no {@code --on-conflict}, nothing is imported: each
 * policy loses something (skip keeps an entry the sender may have meant to update, replace drops
 * the user's own, keep-both leaves duplicates), so the user chooses, having seen the preview.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Previews an export entry by entry (new, identical, conflict-id, conflict-name), then "
                + "imports it and saves the vault once. Exports to one of the vault's identities need no passphrase.")
final class ImportCommand extends VaultCommand {
    @Option(names = "--in", required = true, paramLabel = "F", description = "The export file.")
    Path in;

    @Option(
            names = "--import-identity",
            paramLabel = "NAME",
            description = "Also import the age identity NAME (repeatable). Identities are skipped otherwise: whoever "
                    + "made the export knows their secret keys and can read what is sent to them.")
    List<String> identities = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the preview only; change nothing.")
    boolean dryRun;

    @Option(
            names = "--export-passphrase-file",
            paramLabel = "FILE",
            description = "Read the export passphrase from the first line of FILE " + "(else from $"
                    + PassphraseSource.EXPORT_VARIABLE + ", else from a prompt if one is needed).")
    Path exportPassphraseFile;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            ImportPreview preview = preview(vault);
            VaultImport.Result r = null;
            try {
                printPreview(preview);
                if (dryRun) {
                    confirm("Dry run: nothing was changed.");
                    return;
                }
                r = importPreview(vault, preview);
            } finally {
                // Applied, the entries are the vault's (and what it left out is wiped); a dry run,
                // a refusal or a failed save keeps nothing of the export.
                if (r == null) {
                    VaultImport.discard(preview);
                }
            }
            confirm("Imported " + in + ": " + r.added() + " added, " + r.replaced() + " replaced, " + r.keptBoth()
                    + " kept both, " + r.skipped() + " skipped, " + r.identical() + " identical"
                    + (r.refused() == 0
                            ? "."
                            : ", " + r.refused() + " refused (breaking the entry rules, see above)."));
        }
    }

    private VaultImport.Result importPreview(Vault vault, ImportPreview preview) throws Exception {
        List<ImportPreview.Item> conflicts = preview.items().stream()
                .filter(i -> i.conflicts() && (!i.needsExplicitChoice() || named(i)))
                .toList();
        ConflictPolicy onConflict = importPolicy();
        if (!conflicts.isEmpty() && onConflict == null) {
            throw new CliException(conflicts.size()
                    + (conflicts.size() == 1 ? " entry conflicts" : " entries conflict")
                    + " with the vault: "
                    + String.join(
                            ", ",
                            conflicts.stream().map(ImportCommand::describe).toList())
                    + ". Nothing was imported; choose --on-conflict keep-both, replace or skip.");
        }
        // Without conflicts the policy decides nothing.
        ConflictPolicy policy = onConflict != null ? onConflict : ConflictPolicy.SKIP;
        for (ImportPreview.Item item : preview.items()) {
            if (item.needsExplicitChoice() && item.status() != ImportPreview.Status.IDENTICAL) {
                warn(
                        named(item)
                                ? "importing the age identity \""
                                        + item.incoming().getName() + "\": whoever made"
                                        + " this export knows its secret key and can read anything sent to it"
                                : "skipped the age identity \""
                                        + item.incoming().getName() + "\" (name it with"
                                        + " --import-identity to take it in)");
            }
        }
        return VaultImport.apply(
                vault,
                preview,
                item -> !item.needsExplicitChoice()
                        ? policy
                        : !named(item) ? ConflictPolicy.SKIP : item.conflicts() ? policy : ConflictPolicy.KEEP_BOTH);
    }

    /**
     * The shared --on-conflict read for the import's own conflicts: the vault's entry is mine, the
     * export's theirs; null when not given.
     */
    private ConflictPolicy importPolicy() {
        if (conflicts.choice == null) {
            return null;
        }
        return switch (conflicts.choice) {
            case KEEP_MINE -> ConflictPolicy.SKIP;
            case TAKE_THEIRS -> ConflictPolicy.REPLACE;
            case KEEP_BOTH -> ConflictPolicy.KEEP_BOTH;
        };
    }

    private boolean named(ImportPreview.Item item) {
        return identities.contains(item.incoming().getName());
    }

    /** Decrypts with the vault's identities or a given passphrase; prompts only when the export needs one. */
    private ImportPreview preview(Vault vault) throws VaultException, IOException, CliException {
        PassphraseSource source = new PassphraseSource(
                "export passphrase",
                PassphraseSource.EXPORT_VARIABLE,
                "--export-passphrase-file",
                exportPassphraseFile);
        char[] given = source.given(env());
        try {
            return VaultImport.preview(vault, in, given);
        } catch (VaultException e) {
            if (e.reason() != VaultException.Reason.PASSPHRASE_NEEDED) {
                throw e;
            }
            char[] typed = source.prompted(env(), in + " is protected by a passphrase.");
            try {
                return VaultImport.preview(vault, in, typed);
            } finally {
                wipe(typed);
            }
        } finally {
            wipe(given);
        }
    }

    private void printPreview(ImportPreview preview) {
        int kindWidth = preview.items().stream()
                .mapToInt(i -> shown(i.incoming().getKind()).length())
                .max()
                .orElse(0);
        for (ImportPreview.Item item : preview.items()) {
            StringBuilder line = new StringBuilder(String.format(
                    "%-13s  %-" + kindWidth + "s  \"%s\"",
                    status(item.status()),
                    shown(item.incoming().getKind()),
                    shown(item.incoming().getName())));
            if (item.conflicts()) {
                if (!Objects.equals(item.existing().getName(), item.incoming().getName())) {
                    line.append("  (in the vault as \"")
                            .append(shown(item.existing().getName()))
                            .append("\")");
                }
                line.append("  differs: ")
                        .append(item.differences().isEmpty() ? "-" : shown(String.join(", ", item.differences())));
            }
            if (!item.problems().isEmpty()) {
                line.append("  ")
                        .append(String.join(
                                "; ",
                                item.problems().stream()
                                        .map(Violation::toString)
                                        .toList()));
            }
            out().println(line);
        }
        out().flush();
    }

    /** A value from the export: on this line, visible, and short enough to read (a name may be 100,000 characters). */
    private static String shown(String value) {
        return VisibleText.shortened(String.valueOf(value), EntryRules.MAX_NAME);
    }

    private static String status(ImportPreview.Status status) {
        return switch (status) {
            case NEW -> "new";
            case IDENTICAL -> "identical";
            case CONFLICT_ID -> "conflict-id";
            case CONFLICT_NAME -> "conflict-name";
            case REFUSED -> "refused";
        };
    }

    private static String describe(ImportPreview.Item item) {
        return shown(item.incoming().getKind()) + " \"" + shown(item.incoming().getName()) + "\" ("
                + (item.status() == ImportPreview.Status.CONFLICT_ID ? "same id" : "same name") + ")";
    }
}
