package io.p1vault.cli;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Creates an age identity in the vault and prints its public recipient (age1…), "
                + "which senders export to; importing their exports then needs no passphrase.")
final class KeygenCommand extends VaultCommand {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The identity's name.")
    String name;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            VaultEditor.Added<AgeIdentityEntry> added = new VaultEditor(vault).addNewIdentity(name);
            vault.save();
            out().println(added.entry().getRecipient());
            out().flush();
            confirm("Added the " + EntryView.label(added.entry()) + "; share its recipient (printed above) "
                    + "with whoever exports to you.");
        }
    }
}
