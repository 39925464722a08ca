package io.p1vault.ui.pingfederate;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.pingfederate.PingOneEnvironment;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;

import java.util.List;

/** The PingOne environments a connection reaches, filtered by PingFederate and read page by page. No Swing. */
public final class EnvironmentsPresenter {
    static final int PAGE_SIZE = 50;

    public final Property<List<PingOneEnvironment>> rows = new Property<>(List.of());
    public final Property<String> message = new Property<>(null);
    public final ServerCall call;

    private final PingFederateServerEntry server;
    private final PingOneConnection connection;

    EnvironmentsPresenter(PingFederateServerEntry server, PingOneConnection connection, ServerConnector connector) {
        this.server = server;
        this.connection = connection;
        this.call = new ServerCall(connector);
    }

    public PingOneConnection connection() {
        return connection;
    }

    /** Reads the environments whose name or ID contains {@code filter} (all when empty); a newer filter wins. */
    public void load(String filter) {
        call.cancel();
        String f = filter.strip();
        call.read(
                server,
                Messages.format("environments.reading", connection.name()),
                api -> api.environments(connection.id(), f, PAGE_SIZE),
                found -> {
                    rows.set(found);
                    message.set(Messages.format("environments.count", found.size()));
                },
                failure -> {
                    rows.set(List.of());
                    message.set(FormErrors.describe(Messages.text("environments.failed"), failure));
                });
    }
}
