package io.p1vault.cli;

import io.p1vault.integrations.AicProvisioningConfig;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "aic",
        mixinStandardHelpOptions = true,
        description = "Prints the values PingOne Advanced Identity Cloud's \"Configure provisioning\" form asks for "
                + "(PingOne application), from a PingOne worker application; --json prints them as the PingOne "
                + "connector's configurationProperties.")
final class ConfigAicCommand extends ConfigDocumentCommand {
    @Option(names = "--json", description = "Print the connector configuration as JSON.")
    boolean json;

    @Mixin
    DocumentOutputOptions output;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            PingOneApplicationEntry app = application(new VaultEditor(vault), appName);
            emit(
                    json
                            ? AicProvisioningConfig.connectorJson(app, output.secrets())
                            : AicProvisioningConfig.form(app, output.secrets()),
                    output.outFile);
        }
    }
}
