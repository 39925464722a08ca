package io.p1vault.cli;

import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "pingfederate-server",
        mixinStandardHelpOptions = true,
        description = "Adds a PingFederate server's admin API; the admin password (basic) or the OAuth2 client "
                + "secret (oauth2) is read from --from-file or standard input.")
final class AddPingFederateServerCommand extends AddEntryCommand {
    @Option(
            names = "--url",
            required = true,
            paramLabel = "URL",
            description = "The admin base URL, e.g. https://pf.example.com:9999.")
    String url;

    @Option(
            names = "--auth",
            paramLabel = "basic|oauth2",
            defaultValue = "basic",
            description = "basic: a native admin account (default); oauth2: client credentials.")
    String auth;

    @Option(names = "--username", paramLabel = "U", description = "The admin user name (basic).")
    String username;

    @Option(names = "--client-id", paramLabel = "ID", description = "The OAuth2 client ID (oauth2).")
    String clientId;

    @Option(
            names = "--token-url",
            paramLabel = "URL",
            description = "The OAuth2 token endpoint (oauth2), e.g. https://pf.example.com:9031/as/token.oauth2.")
    String tokenUrl;

    @Option(
            names = "--connect-timeout",
            paramLabel = "S",
            description = "Seconds to wait for a connection (default 10).")
    Integer connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "S", description = "Seconds to wait for each answer (default 30).")
    Integer readTimeout;

    @Override
    String secretName() {
        return "oauth2".equals(auth) ? "client secret" : "password";
    }

    @Override
    VaultEditor.Added<PingFederateServerEntry> add(VaultEditor editor, char[] secret)
            throws VaultException, InvalidEntryException {
        VaultEditor.Added<PingFederateServerEntry> added;
        if ("oauth2".equals(auth)) {
            if (username != null) {
                throw new InvalidEntryException("username", "--username is for --auth basic; OAuth2 uses --client-id.");
            }
            added = editor.addOAuthServer(name, url, clientId, tokenUrl, secret);
        } else if ("basic".equals(auth)) {
            if (clientId != null || tokenUrl != null) {
                throw new InvalidEntryException("auth", "--client-id and --token-url need --auth oauth2.");
            }
            added = editor.addServer(name, url, username, secret);
        } else {
            throw new InvalidEntryException("auth", "--auth must be basic or oauth2.");
        }
        editor.setServerTimeouts(added.entry(), connectTimeout, readTimeout);
        return added;
    }
}
