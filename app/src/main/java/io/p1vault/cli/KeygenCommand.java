package io.p1vault.cli;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = "Creates an age identity in the vault and prints its public recipient (age1…), "
                + "which senders export to; importing their exports then needs no passphrase.")
final class KeygenCommand extends VaultCommand {
    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The identity's name.")
    String name;

    @Option(
            names = "--post-quantum",
            description = "Make a post-quantum identity (ML-KEM-768 + X25519, recipient age1pq1…), safe against "
                    + "a future quantum computer; only age 1.3 or newer and p1vault read files encrypted to it.")
    boolean postQuantum;

    @Override
    boolean worksOnTeamVaults() {
        return false;
    }

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            VaultEditor.Added<AgeIdentityEntry> added = new VaultEditor(vault).addNewIdentity(name, postQuantum);
            vault.save();
            out().println(added.entry().getRecipient());
            out().flush();
            confirm("Added the " + EntryView.label(added.entry()) + "; share its recipient (printed above) "
                    + "with whoever exports to you.");
        }
    }
}
