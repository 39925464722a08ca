package io.p1vault.cli;

import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pingfederate-server", mixinStandardHelpOptions = true,
        description = "Adds a PingFederate server's admin API; the admin password is read from --from-file "
                + "or standard input.")
final class AddPingFederateServerCommand extends AddEntryCommand {
    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The admin base URL, e.g. https://pf.example.com:9999.")
    String url;

    @Option(names = "--username", required = true, paramLabel = "U", description = "The admin user name.")
    String username;

    @Override
    String secretName() {
        return "password";
    }

    @Override
    VaultEditor.Added<PingFederateServerEntry> add(VaultEditor editor, char[] secret)
            throws VaultException, InvalidEntryException {
        return editor.addServer(name, url, username, secret);
    }
}
