package io.p1vault.cli;

import io.p1vault.integrations.CloudflareIdpConfig;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "cloudflare", mixinStandardHelpOptions = true,
        description = {"Prints the JSON body of Cloudflare Zero Trust's POST /accounts/{account_id}/access/"
                + "identity_providers that adds a PingOne OIDC web application as an identity provider, and the "
                + "checklist for the PingOne side.",
                "The type is \"pingone\", as Cloudflare's API schema says; the example in Cloudflare's "
                        + "documentation shows \"ping\"."})
final class ConfigCloudflareCommand extends ConfigDocumentCommand {
    @Option(names = "--name", paramLabel = "IDP_NAME", description = "The identity provider's name in Cloudflare "
            + "(default: the application's name).")
    String idpName;

    @Option(names = "--claim", paramLabel = "CLAIM", description = "A custom claim to pass on (repeatable).")
    List<String> claims = new ArrayList<>();

    @Option(names = "--pkce", description = "Also set pkce_enabled.")
    boolean pkce;

    @Option(names = "--no-secret", description = "Write REPLACE_WITH_PINGONE_CLIENT_SECRET instead of the secret.")
    boolean noSecret;

    @Option(names = "--out", paramLabel = "F", description = "Write to F (readable by you only) instead of stdout.")
    Path outFile;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            emit(CloudflareIdpConfig.body(application(new VaultEditor(vault), appName), idpName, claims, pkce,
                    secrets(noSecret)), outFile);
        }
    }
}
