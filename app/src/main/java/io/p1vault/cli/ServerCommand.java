package io.p1vault.cli;

import io.p1vault.model.EntryKind;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.ApiRequest;
import io.p1vault.pingfederate.CertificateChangedException;
import io.p1vault.pingfederate.CertificateDetails;
import io.p1vault.pingfederate.Cluster;
import io.p1vault.pingfederate.ClusterCheck;
import io.p1vault.pingfederate.ClusterRecords;
import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.PingFederateException;
import io.p1vault.pingfederate.PingOneConnections;
import io.p1vault.pingfederate.UntrustedCertificateException;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import picocli.CommandLine.Option;

import java.util.Optional;

/** A command on one PingFederate server entry of the vault: finds the entry, connects, asks for confirmation. */
abstract class ServerCommand extends VaultCommand {
    @Option(names = "--server", required = true, paramLabel = "NAME", description = "The pingfederate-server entry.")
    String serverName;

    /** What a command on a server works with: the unlocked vault, the server entry and its admin API. */
    record Session(Vault vault, VaultEditor editor, PingFederateServerEntry server, PingOneConnections api) {}

    @Override
    final void run() throws Exception {
        try (Vault vault = openVault()) {
            VaultEditor editor = new VaultEditor(vault);
            PingFederateServerEntry server =
                    (PingFederateServerEntry) editor.require(EntryKind.PINGFEDERATE_SERVER, serverName);
            try (PingFederateClient client = PingFederateClient.forServer(server)) {
                run(new Session(vault, editor, server, new PingOneConnections(client)));
            }
        }
    }

    abstract void run(Session session) throws Exception;

    /** Prints the certificate's details when {@code e} is about one, so the user can check it. */
    final void showCertificate(PingFederateException e) {
        certificateOf(e).ifPresent(details -> details.describe().forEach(this::confirm));
    }

    static Optional<CertificateDetails> certificateOf(PingFederateException e) {
        if (e instanceof UntrustedCertificateException u) {
            return Optional.of(u.certificate());
        }
        if (e instanceof CertificateChangedException c) {
            return Optional.of(c.certificate());
        }
        return Optional.empty();
    }

    /**
     * Saves the vault after PingFederate was changed; if saving fails, says first that the change on
     * the server did happen, so the user does not repeat it blindly.
     */
    final void saveAfter(Session s, String doneOnServer) throws Exception {
        try {
            s.vault().save();
        } catch (Exception e) {
            warn(doneOnServer + " on PingFederate, but the vault could not be saved, so it does not record that.");
            throw e;
        }
    }

    /** Prints what a dry run would send, secrets masked, on standard output. */
    final void printDryRun(PingOneConnections api, ApiRequest request) {
        api.client().preview(request).forEach(out()::println);
        out().println();
        out().println("Dry run: nothing was sent to PingFederate and the vault was not changed.");
        out().flush();
    }

    /**
     * After a write (saved already): reads the cluster status and, when engines lack the change, says
     * so and replicates as {@code choice} and the terminal decide; without a terminal or a choice, prints
     * the command to run. Nothing here fails the command: the write is done whatever happens next.
     */
    final void afterWrite(Session s, ReplicationOptions choice) throws Exception {
        Cluster cluster = new Cluster(s.api().client());
        ClusterCheck check = cluster.check();
        check.failure()
                .ifPresent(
                        problem -> warn("the change was made, but the cluster status could not be read: " + problem));
        if (!check.replicationRequired()) {
            return;
        }
        if (ClusterRecords.markPending(s.editor(), s.server(), check.status()) > 0) {
            saveAfter(s, "The change was made");
        }
        confirm(check.status().behindMessage());
        Optional<CliEnvironment.PasswordConsole> console = env().console();
        boolean replicate = choice.replicate
                || !choice.noReplicate
                        && console.isPresent()
                        && ask(console.get(), "Replicate the configuration to the engine nodes now?");
        if (!replicate) {
            confirm("Not replicated. To send it to the engine nodes: " + replicateCommand());
            return;
        }
        try {
            replicate(s, cluster);
        } catch (PingFederateException e) {
            warn("replication failed: " + e.getMessage() + " The change itself was made; to retry: "
                    + replicateCommand());
        }
    }

    /** Replicates, follows the engines until they applied it, records it in the vault and saves. */
    final void replicate(Session s, Cluster cluster) throws Exception {
        Cluster.Replication done = cluster.replicate();
        ClusterRecords.recordReplication(s.editor(), s.server(), done);
        saveAfter(s, "The configuration was replicated");
        int engines = done.status().engines().size();
        confirm("Replicated the configuration of \"" + s.server().getName() + "\" to " + engines + " engine node"
                + (engines == 1 ? "" : "s") + (done.message().isEmpty() ? "." : ": " + done.message() + "."));
    }

    /** The command that replicates this server's configuration, for the user to run later. */
    final String replicateCommand() {
        return "p1vault pf replicate --vault " + shellWord(vaultFile.toString()) + " --server " + shellWord(serverName);
    }
}
