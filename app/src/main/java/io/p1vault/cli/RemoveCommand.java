package io.p1vault.cli;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        description = "Removes entries; when one name is unknown, none is removed.")
final class RemoveCommand extends VaultCommand {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The names of the entries.")
    List<String> names;

    @Option(
            names = "--kind",
            paramLabel = "K",
            converter = Converters.Kind.class,
            description = "The entries' kind, when entries of several kinds share a name.")
    EntryKind kind;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            VaultEditor editor = new VaultEditor(vault);
            List<Entry> entries = requireAll(editor, kind, names);
            List<String> labels = entries.stream().map(EntryView::label).toList();
            for (Entry entry : entries) {
                editor.remove(entry);
            }
            vault.save();
            confirm("Removed " + String.join(", ", labels) + ".");
        }
    }
}
