package io.p1vault.cli;

import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "client-credentials",
        mixinStandardHelpOptions = true,
        description = "Adds another system's OAuth client (client ID, secret, token URL), such as ConductorOne's "
                + "API client; the client secret is read from --from-file or standard input.")
final class AddClientCredentialsCommand extends AddEntryCommand {
    @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client ID.")
    String clientId;

    @Option(
            names = "--token-url",
            required = true,
            paramLabel = "URL",
            description = "The https token endpoint the client authenticates at.")
    String tokenUrl;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes to keep with the entry.")
    String notes;

    @Override
    String secretName() {
        return "client secret";
    }

    @Override
    VaultEditor.Added<ClientCredentialsEntry> add(VaultEditor editor, char[] secret)
            throws VaultException, InvalidEntryException {
        VaultEditor.Added<ClientCredentialsEntry> added = editor.addClientCredentials(name, clientId, tokenUrl, secret);
        if (notes != null) {
            editor.setNotes(added.entry(), notes);
        }
        return added;
    }
}
