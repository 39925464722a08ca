package io.p1vault.cli;

import io.p1vault.pingfederate.ConnectionChanges;
import io.p1vault.pingfederate.PingOneConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "set",
        mixinStandardHelpOptions = true,
        description = "Renames, re-describes, enables or disables a PingOne connection; its credential stays as it is.")
final class PfSetCommand extends ConnectionCommand {
    @Option(names = "--name", paramLabel = "N", description = "The new name.")
    String name;

    @Option(names = "--description", paramLabel = "D", description = "The new description.")
    String description;

    @Option(
            names = "--active",
            paramLabel = "true|false",
            arity = "1",
            description = "Enable (true) or disable (false).")
    Boolean active;

    @Option(names = "--dry-run", description = "Print the request that would be sent (secrets masked); send nothing.")
    boolean dryRun;

    @Mixin
    ReplicationOptions replication;

    @Override
    void run(Session s) throws Exception {
        replication.check();
        if (name == null && description == null && active == null) {
            throw new CliException("Say what to change: --name, --description or --active.");
        }
        if (name != null && name.isBlank()) {
            throw new CliException("--name must not be empty.");
        }
        ConnectionChanges.Update update =
                ConnectionChanges.planUpdate(s.api(), s.api().find(connection).id(), name, description, active);
        if (dryRun) {
            printDryRun(s.api(), update.request());
            return;
        }
        PingOneConnection updated = ConnectionChanges.send(s.api(), update);
        String detail = ConnectionChanges.record(update, updated, s.server(), s.editor());
        saveAfter(s, "The connection was updated");
        confirm("Updated the " + detail + ".");
        afterWrite(s, replication);
    }
}
