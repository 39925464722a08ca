package io.p1vault.ui.pingfederate;

import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.VaultSession;

import java.awt.Window;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The desktop's way into PingFederate: pushing a credential, the connections browser, testing a
 * server and the local stand-in, all through one {@link ServerConnector} (so a certificate trusted
 * in one screen is trusted in the others). Owns the stand-in and stops it on {@link #close()}.
 */
public final class PingFederateScreens implements AutoCloseable {
    private final Supplier<Window> owner;
    private final VaultSession session;
    private final Dialogs dialogs;
    private final Clock clock;
    private final ServerConnector connector;
    private final StandInLauncher standIn;

    /** {@code owner} is the main window, once it exists; {@code clock} decides when a server's token expires. */
    public PingFederateScreens(
            Supplier<Window> owner, VaultSession session, Tasks tasks, Dialogs dialogs, Clock clock) {
        this.owner = owner;
        this.session = session;
        this.dialogs = dialogs;
        this.clock = clock;
        this.connector = new ServerConnector(session, tasks, dialogs);
        this.standIn = new StandInLauncher(session, tasks, dialogs);
    }

    /** The shared way the PingFederate screens reach a server. */
    public ServerConnector connector() {
        return connector;
    }

    /** Pushes {@code credential}; once done, says what was done (the detail panel shows the deployment). */
    public void push(GatewayCredentialEntry credential) {
        PushPresenter push = new PushPresenter(credential, session, connector, dialogs);
        new PushDialog(owner.get(), push).setVisible(true);
        if (push.done.get() != null) {
            dialogs.info(Messages.text("push.done.title"), push.done.get());
        }
    }

    /** The connections browser, on {@code preferred} if it is a server, else on the vault's first server. */
    public void showConnections(Entry preferred) {
        ConnectionsPresenter browser = new ConnectionsPresenter(session, connector, dialogs);
        List<PingFederateServerEntry> servers = browser.servers();
        browser.selectServer(
                preferred instanceof PingFederateServerEntry server
                        ? server
                        : servers.isEmpty() ? null : servers.get(0));
        new ConnectionsDialog(owner.get(), browser).setVisible(true);
    }

    /** Cluster status with Replicate, on {@code preferred} if it is a server, else on the vault's first server. */
    public void showClusterStatus(Entry preferred) {
        ClusterPresenter cluster = new ClusterPresenter(session, new ServerCall(connector), dialogs);
        List<PingFederateServerEntry> servers = cluster.servers();
        cluster.selectServer(
                preferred instanceof PingFederateServerEntry server
                        ? server
                        : servers.isEmpty() ? null : servers.get(0));
        new ClusterStatusDialog(owner.get(), cluster).setVisible(true);
    }

    public void testServer(PingFederateServerEntry server) {
        ServerTestPresenter test = new ServerTestPresenter(server, connector, session, clock);
        ServerTestDialog dialog = new ServerTestDialog(owner.get(), test);
        test.start();
        dialog.setVisible(true);
    }

    /** Starts the stand-in (or reuses it), points its server entry at it and hands that entry to {@code show}. */
    public void tryStandIn(Consumer<Entry> show) {
        standIn.launch(show::accept);
    }

    @Override
    public void close() {
        standIn.close();
    }
}
