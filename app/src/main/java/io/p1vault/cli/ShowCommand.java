package io.p1vault.cli;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.Secret;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Prints an entry's fields; its secret stays masked unless --reveal is given.")
final class ShowCommand extends VaultCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The entry's name.")
    String name;

    @Option(
            names = "--kind",
            paramLabel = "K",
            converter = Converters.Kind.class,
            description = "The entry's kind, when entries of several kinds share the name.")
    EntryKind kind;

    @Option(names = "--reveal", description = "Print the secret itself.")
    boolean reveal;

    @Option(
            names = "--json",
            description = "Print a JSON object instead (see README); it holds the secret only " + "with --reveal.")
    boolean json;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            Entry entry = new VaultEditor(vault).require(kind, name);
            Map<String, Object> view = EntryView.details(entry);
            Secret secret = entry.secret();
            char[] revealed = reveal && secret != null ? secret.reveal() : null;
            try {
                if (revealed != null) {
                    view.put("secret", revealed);
                } else if (secret != null && !json) {
                    view.put("secret", EntryView.MASK);
                }
                if (json) {
                    Output.json(out(), view);
                } else {
                    Output.text(out(), view);
                }
            } finally {
                wipe(revealed);
            }
        }
    }
}
