package io.p1vault.cli;

import io.p1vault.pingfederate.ApiRequest;
import io.p1vault.pingfederate.PingOneConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Renames, re-describes, enables or disables a PingOne connection; its credential stays as it is.")
final class PfSetCommand extends ConnectionCommand {
    @Option(names = "--name", paramLabel = "N", description = "The new name.")
    String name;

    @Option(names = "--description", paramLabel = "D", description = "The new description.")
    String description;

    @Option(names = "--active", paramLabel = "true|false", arity = "1", description = "Enable (true) or disable (false).")
    Boolean active;

    @Option(names = "--dry-run", description = "Print the request that would be sent (secrets masked); send nothing.")
    boolean dryRun;

    @Override
    void run(Session s) throws Exception {
        if (name == null && description == null && active == null) {
            throw new CliException("Say what to change: --name, --description or --active.");
        }
        if (name != null && name.isBlank()) {
            throw new CliException("--name must not be empty.");
        }
        PingOneConnection current = s.api().find(connection);
        ApiRequest update = s.api().updateRequest(current, name, description, active);
        if (dryRun) {
            printDryRun(s.api(), update);
            return;
        }
        PingOneConnection updated = s.api().send(update).orElse(current);
        List<String> changes = new ArrayList<>();
        if (name != null) {
            changes.add("renamed \"" + current.name() + "\" to \"" + updated.name() + "\"");
        }
        if (description != null) {
            changes.add("description set");
        }
        if (active != null) {
            changes.add(updated.active() ? "enabled" : "disabled");
        }
        String detail = "PingOne connection " + current.id() + " on \"" + s.server().getName() + "\": "
                + String.join(", ", changes);
        s.editor().recordConnectionChange(s.server(), current.id(), updated.name(),
                updated.active() ? "active" : "inactive", detail);
        saveAfter(s, "The connection was updated");
        confirm("Updated the " + detail + ".");
    }
}
