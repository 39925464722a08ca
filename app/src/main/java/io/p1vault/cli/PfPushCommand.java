package io.p1vault.cli;

import io.p1vault.model.Deployment;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.pingfederate.CredentialPush;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "push",
        mixinStandardHelpOptions = true,
        description = {
            "Pushes a vault gateway credential into a PingOne connection: creates it, or, when a "
                    + "connection of that name exists, shows what would change and replaces its credential once you confirm.",
            "The deployment is recorded on the credential entry."
        })
final class PfPushCommand extends ServerCommand {
    @Option(names = "--credential", required = true, paramLabel = "NAME", description = "The gateway credential entry.")
    String credentialName;

    @Option(
            names = "--connection-name",
            paramLabel = "N",
            description = "The connection's name (default: the credential's gateway name, else its environment name).")
    String connectionName;

    @Option(names = "--description", paramLabel = "D", description = "The connection's description.")
    String description;

    @Option(names = "--inactive", description = "Create (or set) the connection inactive.")
    boolean inactive;

    @Option(names = "--yes", description = "Replace an existing connection's credential without asking.")
    boolean yes;

    @Option(names = "--dry-run", description = "Print the request that would be sent (secrets masked); send nothing.")
    boolean dryRun;

    @Mixin
    ReplicationOptions replication;

    @Override
    void run(Session s) throws Exception {
        replication.check();
        GatewayCredentialEntry credential =
                (GatewayCredentialEntry) s.editor().require(EntryKind.GATEWAY_CREDENTIAL, credentialName);
        CredentialPush.Plan plan =
                CredentialPush.plan(s.api(), credential, connectionName, description, inactive ? Boolean.FALSE : null);
        plan.changes().forEach(change -> confirm((plan.replaces() ? "Would change " : "Would ") + change));
        if (dryRun) {
            printDryRun(s.api(), plan.request());
            return;
        }
        if (plan.replaces()
                && !confirmed(
                        yes,
                        "Replace the credential of the PingOne connection \"" + plan.connectionName() + "\" on \""
                                + s.server().getName() + "\"?")) {
            confirm("Not replaced; nothing was changed.");
            return;
        }
        Deployment deployment = CredentialPush.push(s.api(), plan, s.server(), credential, s.editor());
        saveAfter(
                s,
                (plan.replaces() ? "The credential was replaced" : "The connection was created") + " ("
                        + deployment.connectionId + ")");
        confirm((plan.replaces() ? "Replaced the credential of" : "Created") + " the PingOne connection \""
                + deployment.connectionName + "\" (" + deployment.connectionId + ") on \""
                + s.server().getName()
                + "\", " + deployment.state + "; recorded on \"" + credential.getName() + "\".");
        afterWrite(s, replication);
    }
}
