package io.p1vault.cli;

import io.p1vault.integrations.ConductorOneConfig;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.EntryKind;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "conductorone",
        mixinStandardHelpOptions = true,
        description = "Prints the Kubernetes Secret and Deployment of ConductorOne's self-hosted baton-ping-one "
                + "connector (image " + ConductorOneConfig.IMAGE + "), from a PingOne worker application and "
                + "ConductorOne's own OAuth client (a client-credentials entry), and the PingOne scopes to grant.")
final class ConfigConductorOneCommand extends ConfigDocumentCommand {
    @Option(
            names = "--c1",
            required = true,
            paramLabel = "NAME",
            description = "The client-credentials entry of ConductorOne's API client.")
    String conductorOneName;

    @Option(names = "--provisioning", description = "Set BATON_PROVISIONING: ConductorOne may change PingOne accounts.")
    boolean provisioning;

    @Mixin
    DocumentOutputOptions output;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            VaultEditor editor = new VaultEditor(vault);
            ClientCredentialsEntry c1 =
                    (ClientCredentialsEntry) editor.require(EntryKind.CLIENT_CREDENTIALS, conductorOneName);
            emit(
                    ConductorOneConfig.manifests(application(editor, appName), c1, provisioning, output.secrets()),
                    output.outFile);
        }
    }
}
