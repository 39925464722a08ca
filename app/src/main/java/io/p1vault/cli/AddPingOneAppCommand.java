package io.p1vault.cli;

import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "pingone-app",
        mixinStandardHelpOptions = true,
        description = "Adds a PingOne application's client credentials; the client secret is read from "
                + "--from-file or standard input.")
final class AddPingOneAppCommand extends AddEntryCommand {
    @Option(names = "--type", required = true, paramLabel = "worker|oidc", description = "The application type.")
    String type;

    @Option(
            names = "--environment-id",
            required = true,
            paramLabel = "ID",
            description = "The environment ID (a UUID).")
    String environmentId;

    @Option(
            names = "--region",
            required = true,
            paramLabel = "R",
            description = "The PingOne region's top-level domain: com, eu, ca, com.au, sg (asia is deprecated).")
    String region;

    @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client ID.")
    String clientId;

    @Option(
            names = "--auth-method",
            paramLabel = "basic|post",
            description = "Token endpoint authentication: client_secret_basic or client_secret_post (default basic).")
    String authMethod;

    @Option(
            names = "--api-url",
            paramLabel = "URL",
            description = "The platform API base for a private deployment or a stand-in (https), e.g. "
                    + "https://localhost:9998/v1; default PingOne's for the region.")
    String apiUrl;

    @Option(
            names = "--token-url",
            paramLabel = "URL",
            description = "The token endpoint for a private deployment or a stand-in (https); default PingOne's.")
    String tokenUrl;

    @Override
    String secretName() {
        return "client secret";
    }

    @Override
    VaultEditor.Added<PingOneApplicationEntry> add(VaultEditor editor, char[] secret)
            throws VaultException, InvalidEntryException {
        String api = EntryRules.optionalHttpsUrl("apiUrlOverride", apiUrl, "https://api.pingone.eu/v1");
        String token =
                EntryRules.optionalHttpsUrl("tokenUrlOverride", tokenUrl, "https://auth.pingone.eu/ENV/as/token");
        VaultEditor.Added<PingOneApplicationEntry> added =
                editor.addApplication(name, type, environmentId, region, clientId, authMethod, secret);
        added.entry().setApiUrlOverride(api);
        added.entry().setTokenUrlOverride(token);
        return added;
    }
}
