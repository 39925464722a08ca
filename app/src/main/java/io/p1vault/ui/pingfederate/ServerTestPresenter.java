package io.p1vault.ui.pingfederate;

import io.p1vault.UserFacing;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.Cluster;
import io.p1vault.pingfederate.ClusterCheck;
import io.p1vault.pingfederate.PingFederateException;
import io.p1vault.pingfederate.ServerIdentity;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.details.EntryDetails.Row;
import io.p1vault.ui.details.EntryDetails.Style;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * "Test connection" for a server entry, without Swing: connects (asking about the certificate
 * when needed), and shows PingFederate's version, whether the credentials were accepted and the
 * certificate with why it is trusted, and whether it is standalone or clustered (with its node
 * count); remembers the version in the entry. A failure says why.
 */
public final class ServerTestPresenter {
    private static final System.Logger LOG = System.getLogger(ServerTestPresenter.class.getName());

    private record Report(String version, ServerIdentity identity, ClusterCheck cluster) {}

    public final Property<Boolean> running = new Property<>(false);
    /** The outcome, once known: rows describing the server, or empty. */
    public final Property<List<Row>> result = new Property<>(List.of());
    /** Why the test failed, or null. */
    public final Property<String> failure = new Property<>(null);

    private final PingFederateServerEntry server;
    private final ServerConnector connector;
    private final VaultSession session;
    private final Clock clock;
    private Tasks.Handle handle;

    public ServerTestPresenter(
            PingFederateServerEntry server, ServerConnector connector, VaultSession session, Clock clock) {
        this.server = server;
        this.connector = connector;
        this.session = session;
        this.clock = clock;
    }

    public String serverName() {
        return server.getName();
    }

    public String url() {
        return server.getAdminUrl();
    }

    public void start() {
        if (running.get()) {
            return;
        }
        running.set(true);
        result.set(List.of());
        failure.set(null);
        handle = connector.run(
                server,
                api -> new Report(
                        api.version(), api.client().identity().orElseThrow(), new Cluster(api.client()).check()),
                this::succeeded,
                this::failed);
    }

    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
        running.set(false);
    }

    private void succeeded(Report report) {
        running.set(false);
        try {
            session.editor().serverRecords().recordServerVersion(server, report.version());
            session.changed();
        } catch (VaultException e) {
            // Remembering the version is a convenience (a read-only or locked vault cannot); the test itself succeeded.
            LOG.log(System.Logger.Level.INFO, "The server's version was not recorded: " + e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Messages.text("servertest.version"), report.version(), Style.TEXT));
        rows.add(new Row(
                Messages.text("servertest.auth"),
                "oauth2".equals(server.getAuthType())
                        ? Messages.format("servertest.auth.oauth2", server.getClientId())
                        : Messages.format("servertest.auth.basic", server.getUsername()),
                Style.TEXT));
        ClusterCheck cluster = report.cluster();
        rows.add(new Row(
                Messages.text("servertest.cluster"),
                cluster.clustered()
                        ? cluster.status().describe()
                        : cluster.failure()
                                .map(problem -> Messages.format("servertest.cluster.unknown", problem))
                                .orElse(Messages.text("servertest.cluster.standalone")),
                Style.TEXT));
        ServerIdentity.Trust trust = report.identity().trust();
        rows.add(new Row(
                Messages.text("servertest.trust"),
                Messages.text("servertest.trust." + trust.name()),
                trust == ServerIdentity.Trust.PINNED_NAME_MISMATCH ? Style.WARNING : Style.TEXT));
        rows.addAll(CertificateRows.of(report.identity().certificate(), clock.instant()));
        result.set(rows);
    }

    private void failed(Throwable cause) {
        running.set(false);
        if (!(cause instanceof UserFacing)) {
            LOG.log(System.Logger.Level.WARNING, "Test connection failed unexpectedly", cause);
        }
        String why = Failure.of("", cause).why();
        if (cause instanceof PingFederateException e
                && Messages.has("servertest.advice." + e.reason().name())) {
            why += "\n" + Messages.text("servertest.advice." + e.reason().name());
        }
        failure.set(why);
    }
}
