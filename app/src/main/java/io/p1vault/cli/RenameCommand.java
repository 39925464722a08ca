package io.p1vault.cli;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rename", mixinStandardHelpOptions = true, description = "Renames an entry.")
final class RenameCommand extends VaultCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The entry's name.")
    String name;

    @Parameters(index = "1", paramLabel = "NEWNAME", description = "Its new name.")
    String newName;

    @Option(
            names = "--kind",
            paramLabel = "K",
            converter = Converters.Kind.class,
            description = "The entry's kind, when entries of several kinds share the name.")
    EntryKind kind;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            VaultEditor editor = new VaultEditor(vault);
            Entry entry = editor.require(kind, name);
            String before = EntryView.label(entry);
            editor.rename(entry, newName);
            vault.save();
            confirm("Renamed the " + before + " to \"" + entry.getName() + "\".");
        }
    }
}
