package io.p1vault.cli;

import io.p1vault.integrations.CloudflareIdpConfig;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

@Command(
        name = "cloudflare",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the JSON body of Cloudflare Zero Trust's POST /accounts/{account_id}/access/"
                    + "identity_providers that adds a PingOne OIDC web application as an identity provider, and the "
                    + "checklist for the PingOne side.",
            "The type is \"pingone\", as Cloudflare's API schema says; the example in Cloudflare's "
                    + "documentation shows \"ping\"."
        })
final class ConfigCloudflareCommand extends ConfigDocumentCommand {
    @Option(
            names = "--name",
            paramLabel = "IDP_NAME",
            description = "The identity provider's name in Cloudflare " + "(default: the application's name).")
    String idpName;

    @Option(names = "--claim", paramLabel = "CLAIM", description = "A custom claim to pass on (repeatable).")
    List<String> claims = new ArrayList<>();

    @Option(names = "--pkce", description = "Also set pkce_enabled.")
    boolean pkce;

    @Mixin
    DocumentOutputOptions output;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            emit(
                    CloudflareIdpConfig.body(
                            application(new VaultEditor(vault), appName), idpName, claims, pkce, output.secrets()),
                    output.outFile);
        }
    }
}
