package io.p1vault.ui.pingfederate;

import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.CredentialPush;
import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.session.VaultSession;

import java.util.List;
import java.util.Objects;

/**
 * "Push to PingFederate…" for one gateway credential: a server of the vault, a connection name (a
 * new one, by default the credential's gateway name, or one the server has, which then gets its
 * credential replaced), description and active; then the preview, the send and the record in the
 * vault. A failure leaves the form as it was, with PingFederate's field errors beside the fields.
 * No Swing.
 */
public final class PushPresenter {
    public final Property<PingFederateServerEntry> server = new Property<>(null);
    /** The names of the chosen server's connections, once read. */
    public final Property<List<String>> existingNames = new Property<>(List.of());

    public final Property<String> name;
    public final Property<String> description = new Property<>("");
    public final Property<Boolean> active = new Property<>(true);
    /** True when the name is one of the server's connections: the push replaces its credential. */
    public final Property<Boolean> replaces = new Property<>(false);

    public final Property<Boolean> canPreview = new Property<>(false);
    /** What was done, once done: the dialog closes on it. */
    public final Property<String> done = new Property<>(null);

    public final FormErrors errors = new FormErrors("name", "description", "active", "credential");
    public final ServerCall call;
    /** The cluster of the server written to: engines that lack the change, and "Replicate now". */
    public final ClusterPresenter cluster;

    private final GatewayCredentialEntry credential;
    private final List<PingFederateServerEntry> servers;
    private final ServerWrite write;

    /** Lets go of the session, which outlives the push; its dialog calls this when it closes. */
    public void close() {
        cluster.close();
    }

    public PushPresenter(
            GatewayCredentialEntry credential,
            VaultSession session,
            ServerConnector connector,
            io.p1vault.ui.base.Dialogs dialogs) {
        this.credential = credential;
        this.servers = VaultEntries.servers(session);
        this.call = new ServerCall(connector);
        this.cluster = new ClusterPresenter(session, call, dialogs);
        this.write = new ServerWrite(session, dialogs, cluster);
        this.name = new Property<>(CredentialPush.defaultConnectionName(credential));
        name.addListener(n -> update());
        existingNames.addListener(n -> update());
        server.addListener(s -> update());
        call.busy.addListener(b -> update());
        update();
    }

    public GatewayCredentialEntry credential() {
        return credential;
    }

    /** The vault's PingFederate servers, by name. */
    public List<PingFederateServerEntry> servers() {
        return servers;
    }

    /** Chooses the server and reads the names of its connections in the background. */
    public void selectServer(PingFederateServerEntry chosen) {
        if (Objects.equals(chosen, server.get()) || call.writing()) {
            return;
        }
        call.cancel();
        server.set(chosen);
        existingNames.set(List.of());
        errors.clear();
        if (chosen != null) {
            call.read(
                    chosen,
                    Messages.format("pf.reading", chosen.getName()),
                    api -> api.list().stream().map(PingOneConnection::name).toList(),
                    existingNames::set,
                    failure -> errors.show(Messages.format("push.listFailed", chosen.getName()), failure));
        }
    }

    /** Plans the push, shows it, and on "Send" sends it and records the deployment. */
    public void preview() {
        if (!canPreview.get()) {
            return;
        }
        errors.clear();
        if (!errors.requireName(name.get())) {
            return;
        }
        String connection = name.get().strip();
        String text = description.get().strip();
        String newDescription = text.isEmpty() ? null : text;
        Boolean isActive = active.get();
        PingFederateServerEntry target = server.get();
        write.run(
                target,
                new ServerWrite.Question(
                        Messages.format("push.preview.title", credential.getName(), target.getName()),
                        Messages.text("pf.send")),
                api -> {
                    CredentialPush.Plan plan =
                            CredentialPush.plan(api, credential, connection, newDescription, isActive);
                    return new ServerWrite.Planned<>(plan, plan.changes(), plan.request());
                },
                CredentialPush::send,
                (plan, result, editor) -> {
                    CredentialPush.record(result, target, credential, editor);
                    return Messages.format(
                            plan.replaces() ? "push.replaced" : "push.created",
                            result.name(),
                            target.getName(),
                            result.active() ? 1 : 0,
                            credential.getName());
                },
                done::set,
                failure -> errors.show(Messages.text("push.failed"), failure));
    }

    private void update() {
        replaces.set(existingNames.get().contains(name.get().strip()));
        canPreview.set(server.get() != null && !call.busy.get());
    }
}
