package io.p1vault.cli;

import io.p1vault.pingfederate.OutboundProvisioning;
import io.p1vault.pingfederate.PingOneConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "provisioning",
        mixinStandardHelpOptions = true,
        description = {
            "Sets up PingFederate -> PingOne user provisioning through one of the server's PingOne "
                    + "connections: an SP connection \"PingOne provisioning: <connection name>\" whose outbound "
                    + "provisioning target is that connection's environment, with one channel reading users from an LDAP "
                    + "data store (username <- uid, email <- mail, given name <- givenName, family name <- sn).",
            "Creates it, or, when it exists, shows what would change and updates it once you confirm."
        })
final class PfProvisioningCommand extends ServerCommand {
    @Option(names = "--connection", required = true, paramLabel = "NAME|ID", description = "The PingOne connection.")
    String connection;

    @Option(
            names = "--data-store",
            required = true,
            paramLabel = "ID",
            description = "The LDAP data store users come from.")
    String dataStore;

    @Option(
            names = "--base-dn",
            required = true,
            paramLabel = "DN",
            description = "Where the users are in the directory.")
    String baseDn;

    @Option(
            names = "--filter",
            paramLabel = "F",
            description = "LDAP filter of the users to provision " + "(default (objectClass=inetOrgPerson)).")
    String filter;

    @Option(
            names = "--population",
            paramLabel = "ID",
            description =
                    "The PingOne population new users go to " + "(default: the environment's default population).")
    String population;

    @Option(names = "--no-create", description = "Do not create users in PingOne.")
    boolean noCreate;

    @Option(names = "--no-update", description = "Do not update users in PingOne.")
    boolean noUpdate;

    @Option(names = "--no-disable", description = "Do not disable or delete users in PingOne.")
    boolean noDisable;

    @Option(names = "--provision-disabled", description = "Also provision users disabled in the directory.")
    boolean provisionDisabled;

    @Option(
            names = "--remove-action",
            paramLabel = "disable|delete",
            converter = Converters.RemoveAction.class,
            description = "What happens in PingOne to a user removed or disabled in the directory (default disable).")
    OutboundProvisioning.RemoveAction removeAction = OutboundProvisioning.RemoveAction.DISABLE;

    @Option(names = "--inactive", description = "Create (or set) the SP connection and its channel inactive.")
    boolean inactive;

    @Option(names = "--yes", description = "Update an existing SP connection without asking.")
    boolean yes;

    @Option(names = "--dry-run", description = "Print the request that would be sent; send nothing.")
    boolean dryRun;

    @Mixin
    ReplicationOptions replication;

    @Override
    void run(Session s) throws Exception {
        replication.check();
        if (baseDn.isBlank()) {
            throw new CliException("--base-dn must name where the users are, e.g. ou=people,dc=example,dc=com.");
        }
        PingOneConnection pingOne = s.api().find(connection);
        OutboundProvisioning provisioning = new OutboundProvisioning(s.api().client());
        OutboundProvisioning.Plan plan = provisioning.plan(
                pingOne,
                new OutboundProvisioning.ChannelSettings(
                        dataStore,
                        baseDn.strip(),
                        filter,
                        population,
                        !inactive,
                        new OutboundProvisioning.Options(
                                !noCreate, !noUpdate, !noDisable, provisionDisabled, removeAction)));
        if (plan.replaces() && plan.changes().isEmpty()) {
            confirm("Nothing to change: the SP connection \"" + plan.connectionName() + "\" already says that.");
            return;
        }
        plan.changes().forEach(change -> confirm((plan.replaces() ? "Would change " : "Would ") + change));
        if (dryRun) {
            printDryRun(s.api(), plan.request());
            return;
        }
        if (plan.replaces()
                && !confirmed(
                        yes,
                        "Update the SP connection \"" + plan.connectionName() + "\" on \""
                                + s.server().getName() + "\"?")) {
            confirm("Not updated; nothing was changed.");
            return;
        }
        String id = provisioning.send(plan);
        String done = (plan.replaces() ? "Updated" : "Created") + " the SP connection \"" + plan.connectionName()
                + "\" (" + id + ")";
        s.editor()
                .serverRecords()
                .recordServerChange(
                        s.server(),
                        done + " on \"" + s.server().getName() + "\": provisioning to PingOne "
                                + "environment " + pingOne.environmentId() + " through PingOne connection "
                                + pingOne.id() + ", "
                                + (inactive ? "inactive" : "active"));
        saveAfter(s, done);
        confirm((plan.replaces() ? "Updated" : "Created") + " the SP connection \"" + plan.connectionName() + "\" ("
                + id + ") on \"" + s.server().getName() + "\", " + (inactive ? "inactive" : "active") + ".");
        afterWrite(s, replication);
    }
}
