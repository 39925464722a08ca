package io.p1vault.cli;

import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.vault.PingOneRecords;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

@Command(
        name = "edit",
        mixinStandardHelpOptions = true,
        description = "Changes an entry's fields or notes, or replaces its secret (read from --secret-file). "
                + "Fields not given stay as they are; every change is checked before any is made.")
final class EditCommand extends VaultCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The entry's name.")
    String name;

    @Option(
            names = "--kind",
            paramLabel = "K",
            converter = Converters.Kind.class,
            description = "The entry's kind, when entries of several kinds share the name.")
    EntryKind kind;

    @Option(names = "--notes", paramLabel = "TEXT", description = "New notes (an empty text removes them).")
    String notes;

    @Option(names = "--type", paramLabel = "worker|oidc", description = "Application: the type.")
    String type;

    @Option(names = "--environment-id", paramLabel = "ID", description = "Application: the environment ID.")
    String environmentId;

    @Option(names = "--region", paramLabel = "R", description = "Application: the region's top-level domain.")
    String region;

    @Option(names = "--client-id", paramLabel = "ID", description = "Application or OAuth client: the client ID.")
    String clientId;

    @Option(
            names = "--token-url",
            paramLabel = "URL",
            description =
                    "OAuth client: the token URL. Application: an overridden token endpoint (\"\" for PingOne's).")
    String tokenUrl;

    @Option(
            names = "--api-url",
            paramLabel = "URL",
            description = "Application: an overridden platform API base, https (\"\" for PingOne's).")
    String apiUrl;

    @Option(
            names = "--auth-method",
            paramLabel = "basic|post",
            description = "Application: token endpoint authentication.")
    String authMethod;

    @Option(names = "--url", paramLabel = "URL", description = "Server: the admin API base URL.")
    String adminUrl;

    @Option(names = "--username", paramLabel = "USER", description = "Server: the admin user name.")
    String username;

    @Option(
            names = "--secret-file",
            paramLabel = "F",
            description =
                    "Replace the client secret or password with the content of F (one trailing line ending is dropped).")
    Path secretFile;

    @Override
    void run() throws Exception {
        try (Vault vault = openVault()) {
            VaultEditor editor = new VaultEditor(vault);
            Entry entry = editor.require(kind, name);
            checkOptionsFit(entry);
            if (entry instanceof PingOneApplicationEntry app
                    && any(type, environmentId, region, clientId, authMethod)) {
                editor.editApplication(
                                app,
                                new VaultEditor.ApplicationFields(
                                        Objects.requireNonNullElse(type, app.getType()),
                                        Objects.requireNonNullElse(environmentId, app.getEnvironmentId()),
                                        Objects.requireNonNullElse(region, app.getRegion()),
                                        Objects.requireNonNullElse(clientId, app.getClientId()),
                                        Objects.requireNonNullElse(authMethod, app.getTokenAuthMethod())))
                        .forEach(this::warn);
            }
            if (entry instanceof PingOneApplicationEntry app && any(apiUrl, tokenUrl)) {
                new PingOneRecords(vault)
                        .setEndpoints(
                                app,
                                Objects.requireNonNullElse(apiUrl, Objects.toString(app.getApiUrlOverride(), "")),
                                Objects.requireNonNullElse(tokenUrl, Objects.toString(app.getTokenUrlOverride(), "")));
            }
            if (entry instanceof PingFederateServerEntry server && any(adminUrl, username)) {
                editor.editServer(
                        server,
                        Objects.requireNonNullElse(adminUrl, server.getAdminUrl()),
                        server.getAuthType(),
                        Objects.requireNonNullElse(username, server.getUsername()),
                        server.getClientId(),
                        server.getTokenUrl());
            }
            if (entry instanceof ClientCredentialsEntry client && any(clientId, tokenUrl)) {
                editor.editClientCredentials(
                        client,
                        Objects.requireNonNullElse(clientId, client.getClientId()),
                        Objects.requireNonNullElse(tokenUrl, client.getTokenUrl()));
            }
            if (notes != null) {
                editor.setNotes(entry, notes);
            }
            if (secretFile != null) {
                char[] secret =
                        SecretInput.withoutTrailingLineEnding(SecretInput.readFile(secretFile, "the secret file"));
                try {
                    editor.replaceSecret(entry, secret);
                } finally {
                    wipe(secret);
                }
            }
            if (!vault.hasUnsavedChanges()) {
                confirm("Nothing to change: the " + EntryView.label(entry) + " already has these values.");
                return;
            }
            vault.save();
            confirm("Changed the " + EntryView.label(entry) + ".");
        }
    }

    /** An option for another kind of entry is a mistake worth stopping for, not something to ignore. */
    private void checkOptionsFit(Entry entry) throws CliException {
        boolean app = entry instanceof PingOneApplicationEntry;
        boolean server = entry instanceof PingFederateServerEntry;
        boolean client = entry instanceof ClientCredentialsEntry;
        if (!app && any(type, environmentId, region, authMethod)) {
            throw new CliException("--type, --environment-id, --region and --auth-method apply to "
                    + "PingOne applications only; \"" + entry.getName() + "\" is " + EntryView.aKindName(entry) + ".");
        }
        if (!app && !client && clientId != null) {
            throw new CliException("--client-id applies to PingOne applications and OAuth clients only; \""
                    + entry.getName() + "\" is " + EntryView.aKindName(entry) + ".");
        }
        if (!client && !app && tokenUrl != null) {
            throw new CliException("--token-url applies to OAuth clients and PingOne applications only; \""
                    + entry.getName() + "\" is " + EntryView.aKindName(entry) + ".");
        }
        if (!app && apiUrl != null) {
            throw new CliException("--api-url applies to PingOne applications only; \"" + entry.getName() + "\" is "
                    + EntryView.aKindName(entry) + ".");
        }
        if (!server && any(adminUrl, username)) {
            throw new CliException("--url and --username apply to PingFederate servers only; \"" + entry.getName()
                    + "\" is " + EntryView.aKindName(entry) + ".");
        }
        if (notes == null
                && secretFile == null
                && !any(type, environmentId, region, clientId, authMethod, adminUrl, username, tokenUrl, apiUrl)) {
            throw new CliException("Say what to change: see p1vault edit --help.");
        }
    }

    private static boolean any(String... values) {
        return Stream.of(values).anyMatch(Objects::nonNull);
    }
}
