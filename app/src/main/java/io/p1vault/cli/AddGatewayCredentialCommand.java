package io.p1vault.cli;

import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.GatewayCredentials;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import picocli.CommandLine.Command;

import java.util.List;

@Command(
        name = "gateway-credential",
        mixinStandardHelpOptions = true,
        description = "Adds a PingOne gateway credential for PingFederate (the JWT PingOne shows once), "
                + "read from --from-file or standard input.")
final class AddGatewayCredentialCommand extends AddEntryCommand {
    @Override
    String secretName() {
        return "credential";
    }

    @Override
    VaultEditor.Added<GatewayCredentialEntry> add(VaultEditor editor, char[] secret)
            throws VaultException, InvalidEntryException {
        return editor.addGatewayCredential(name, secret);
    }

    @Override
    List<String> notes() {
        return List.of(GatewayCredentials.SIGNATURE_NOTE);
    }
}
