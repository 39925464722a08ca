package io.p1vault.ui.pingfederate;

import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.Cluster;
import io.p1vault.pingfederate.ClusterCheck;
import io.p1vault.pingfederate.ConnectionChanges;
import io.p1vault.pingfederate.CredentialPush;
import io.p1vault.pingfederate.DeployedCredentials;
import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.pingfederate.PingOneConnections;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Subscription;
import io.p1vault.ui.session.VaultSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The connections browser: a server's PingOne connections with the state of their credential and
 * the vault credential each holds (when the vault recorded pushing it), and the writes on the
 * selected one, each previewed and confirmed. No Swing.
 */
public final class ConnectionsPresenter {
    /** One connection as the table shows it; {@code heldBy} is the vault credential's name, or null. */
    public record Row(PingOneConnection connection, String credentialStatus, String heldBy) {}

    private record Listed(PingOneConnection connection, String credentialStatus) {}

    /** What the browser reads: the connections, and the cluster status for the banner. */
    private record Loaded(List<Listed> connections, ClusterCheck cluster) {}

    public final Property<PingFederateServerEntry> server = new Property<>(null);
    public final Property<List<Row>> rows = new Property<>(List.of());
    public final Property<Row> selected = new Property<>(null);
    /** A connection is selected, nothing runs and the vault may record changes. */
    public final Property<Boolean> canChange = new Property<>(false);
    /** The last outcome: what was done, or what failed and why. */
    public final Property<String> message = new Property<>(null);

    public final Property<Boolean> failed = new Property<>(false);
    public final ServerCall call;
    /** The cluster of the server written to: engines that lack the change, and "Replicate now". */
    public final ClusterPresenter cluster;

    private final VaultSession session;
    private final ServerConnector connector;
    private final Dialogs dialogs;
    private final ServerWrite write;
    private final Subscription editableWatch;

    public ConnectionsPresenter(VaultSession session, ServerConnector connector, Dialogs dialogs) {
        this.session = session;
        this.connector = connector;
        this.dialogs = dialogs;
        this.call = new ServerCall(connector);
        this.cluster = new ClusterPresenter(session, call, dialogs);
        this.write = new ServerWrite(session, dialogs, cluster);
        selected.addListener(r -> update());
        call.busy.addListener(b -> update());
        editableWatch = session.editable.addListener(e -> update());
    }

    /** Lets go of the session, which outlives the browser; its dialog calls this when it closes. */
    public void close() {
        editableWatch.close();
        cluster.close();
    }

    public List<PingFederateServerEntry> servers() {
        return VaultEntries.servers(session);
    }

    /** The vault's gateway credentials, to replace a connection's credential with. */
    public List<GatewayCredentialEntry> credentials() {
        return VaultEntries.credentials(session);
    }

    public void selectServer(PingFederateServerEntry chosen) {
        if (!Objects.equals(chosen, server.get()) && !call.writing()) {
            call.cancel();
            server.set(chosen);
            rows.set(List.of());
            refresh();
        }
    }

    /** Reads the server's connections and the status of each one's credential. */
    public void refresh() {
        load(true);
    }

    private void load(boolean announce) {
        PingFederateServerEntry from = server.get();
        if (from == null) {
            return;
        }
        String selectedId =
                selected.get() == null ? null : selected.get().connection().id();
        call.read(
                from,
                Messages.format("pf.reading", from.getName()),
                api -> new Loaded(listed(api), new Cluster(api.client()).check()),
                loaded -> {
                    cluster.shown(from, loaded.cluster());
                    List<Row> shown = new ArrayList<>();
                    for (Listed l : loaded.connections()) {
                        String holder = DeployedCredentials.holder(
                                        session.editor().entries(), from, l.connection())
                                .map(GatewayCredentialEntry::getName)
                                .orElse(null);
                        shown.add(new Row(l.connection(), l.credentialStatus(), holder));
                    }
                    rows.set(shown);
                    selected.set(shown.stream()
                            .filter(r -> r.connection().id().equals(selectedId))
                            .findFirst()
                            .orElse(null));
                    if (announce) {
                        say(Messages.format("connections.count", shown.size(), from.getName()), false);
                    }
                },
                failure -> {
                    rows.set(List.of());
                    selected.set(null);
                    cluster.shown(from, ClusterCheck.STANDALONE);
                    sayFailure(Messages.format("connections.listFailed", from.getName()), failure);
                });
    }

    private static List<Listed> listed(PingOneConnections api) throws Exception {
        List<Listed> out = new ArrayList<>();
        for (PingOneConnection c : api.list()) {
            out.add(new Listed(c, api.credentialStatus(c.id())));
        }
        return out;
    }

    /** Cancels a running read (loading, planning). */
    public void cancel() {
        if (call.cancel()) {
            say(Messages.text("pf.cancelled"), false);
        }
    }

    public void replaceCredential(GatewayCredentialEntry credential) {
        PingOneConnection target = selectedConnection();
        PingFederateServerEntry on = server.get();
        write.run(
                on,
                question("connections.replace.title", target),
                api -> {
                    CredentialPush.Plan plan = CredentialPush.replacing(api, credential, target.id(), null, null);
                    return new ServerWrite.Planned<>(plan, plan.changes(), plan.request());
                },
                CredentialPush::send,
                (plan, result, editor) -> {
                    CredentialPush.record(result, on, credential, editor);
                    return Messages.format(
                            "push.replaced",
                            result.name(),
                            on.getName(),
                            result.active() ? 1 : 0,
                            credential.getName());
                },
                this::done,
                failure -> sayFailure(Messages.text("connections.replace.failed"), failure));
    }

    /** Enables or disables the selected connection; its credential stays. */
    public void setActive(boolean active) {
        PingOneConnection target = selectedConnection();
        update(
                question(active ? "connections.enable.title" : "connections.disable.title", target),
                api -> ConnectionChanges.planUpdate(api, target.id(), null, null, active),
                what -> {},
                failure -> sayFailure(Messages.text("connections.update.failed"), failure));
    }

    /** The rename-and-describe form for the selected connection. */
    public EditConnectionPresenter edit() {
        return new EditConnectionPresenter(selectedConnection(), this);
    }

    /** The environments the selected connection reaches. */
    public EnvironmentsPresenter environments() {
        return new EnvironmentsPresenter(server.get(), selectedConnection(), connector);
    }

    /** Deletes the selected connection once the user saw what uses it and said so. */
    public void delete() {
        PingOneConnection target = selectedConnection();
        PingFederateServerEntry on = server.get();
        write.run(
                on,
                question("connections.delete.title", target),
                api -> {
                    ConnectionChanges.Deletion deletion = ConnectionChanges.planDeletion(api, target.id());
                    return new ServerWrite.Planned<>(deletion, deletionSummary(deletion), deletion.request());
                },
                (api, deletion) -> {
                    ConnectionChanges.send(api, deletion);
                    return deletion;
                },
                (deletion, sent, editor) -> {
                    ConnectionChanges.record(deletion, on, editor);
                    return Messages.format("connections.deleted", target.name(), on.getName());
                },
                this::done,
                failure -> sayFailure(Messages.text("connections.delete.failed"), failure));
    }

    static List<String> deletionSummary(ConnectionChanges.Deletion deletion) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.format(
                "connections.delete.what",
                deletion.target().name(),
                deletion.target().id()));
        if (deletion.usage().isEmpty()) {
            lines.add(Messages.text("connections.delete.unused"));
        } else {
            lines.add(Messages.text("connections.delete.usedBy"));
            deletion.usage().forEach(u -> lines.add("  " + u.name() + " (" + u.categoryId() + ", " + u.type() + ")"));
            lines.add(Messages.text("connections.delete.refused"));
        }
        if (deletion.configuredServices().isEmpty()) {
            lines.add(Messages.text("connections.delete.noServices"));
        } else {
            lines.add(Messages.text("connections.delete.services"));
            deletion.configuredServices()
                    .forEach(a ->
                            lines.add("  " + a.componentName() + " (" + String.join(", ", a.serviceNames()) + ")"));
        }
        return lines;
    }

    /** An update of the selected connection's name, description or state, previewed, sent and recorded. */
    void update(
            ServerWrite.Question question,
            ServerConnector.Work<ConnectionChanges.Update> planner,
            Consumer<String> done,
            Consumer<Throwable> failed) {
        PingFederateServerEntry on = server.get();
        write.run(
                on,
                question,
                api -> {
                    ConnectionChanges.Update update = planner.run(api);
                    return new ServerWrite.Planned<>(update, update.changes(), update.request());
                },
                ConnectionChanges::send,
                (update, updated, editor) -> ConnectionChanges.record(update, updated, on, editor),
                what -> {
                    this.done(what);
                    done.accept(what);
                },
                failed);
    }

    ServerWrite.Question question(String titleKey, PingOneConnection target) {
        return new ServerWrite.Question(
                Messages.format(titleKey, target.name(), server.get().getName()), Messages.text("pf.send"));
    }

    private void done(String what) {
        say(what, false);
        load(false);
    }

    private void say(String text, boolean failure) {
        failed.set(failure);
        message.set(text);
    }

    private void sayFailure(String what, Throwable failure) {
        say(FormErrors.describe(what, failure), true);
    }

    private PingOneConnection selectedConnection() {
        Row row = selected.get();
        if (row == null) {
            throw new IllegalStateException("no connection selected");
        }
        return row.connection();
    }

    private void update() {
        canChange.set(selected.get() != null && !call.busy.get() && session.editable.get());
    }
}
