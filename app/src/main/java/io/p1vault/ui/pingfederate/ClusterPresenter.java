package io.p1vault.ui.pingfederate;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.Cluster;
import io.p1vault.pingfederate.ClusterCheck;
import io.p1vault.pingfederate.ClusterRecords;
import io.p1vault.pingfederate.ClusterStatus;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Subscription;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A server's cluster as the PingFederate screens show it: after each write, whether the engine
 * nodes lack the change (the write's result and the browser's banner offer "Replicate now"), and
 * for Tools › Cluster status… the nodes, with Replicate. It runs on the screen's own
 * {@link ServerCall}, so a replication and the screen's other calls never overlap. No Swing.
 */
public final class ClusterPresenter {
    public final Property<PingFederateServerEntry> server = new Property<>(null);
    /** The last status read; null while unknown or when the server is standalone. */
    public final Property<ClusterStatus> status = new Property<>(null);

    public final Property<Boolean> standalone = new Property<>(false);
    /** Engines lack changes: the banner and the "Replicate now" button show. */
    public final Property<Boolean> replicationRequired = new Property<>(false);

    public final Property<Boolean> canReplicate = new Property<>(false);
    /** What the engines' state is, what a replication did, or why it failed. */
    public final Property<String> message = new Property<>(null);

    public final Property<Boolean> failed = new Property<>(false);
    public final ServerCall call;

    private final VaultSession session;
    private final Dialogs dialogs;
    private final Subscription editableWatch;

    public ClusterPresenter(VaultSession session, ServerCall call, Dialogs dialogs) {
        this.session = session;
        this.call = call;
        this.dialogs = dialogs;
        replicationRequired.addListener(r -> update());
        status.addListener(s -> update());
        call.busy.addListener(b -> update());
        editableWatch = session.editable.addListener(e -> update());
    }

    /** Lets go of the session, which outlives the screen; the screen's dialog calls this when it closes. */
    public void close() {
        editableWatch.close();
    }

    public List<PingFederateServerEntry> servers() {
        return VaultEntries.servers(session);
    }

    /** Chooses the server and reads its cluster status. */
    public void selectServer(PingFederateServerEntry chosen) {
        if (Objects.equals(chosen, server.get()) || call.writing()) {
            return;
        }
        call.cancel();
        server.set(chosen);
        show(null, false);
        refresh();
    }

    /** Reads the status of the chosen server's cluster. */
    public void refresh() {
        PingFederateServerEntry from = server.get();
        if (from == null) {
            return;
        }
        call.read(
                from,
                Messages.format("cluster.reading", from.getName()),
                api -> new Cluster(api.client()).status(),
                read -> {
                    show(read.orElse(null), read.isEmpty());
                    say(
                            read.isEmpty()
                                    ? Messages.format("cluster.standalone", from.getName())
                                    : read.get().enginesBehind() > 0
                                            ? behind(read.get())
                                            : Messages.text("cluster.upToDate"),
                            false);
                },
                failure -> {
                    show(null, false);
                    sayFailure(Messages.format("cluster.readFailed", from.getName()), failure);
                });
    }

    /**
     * After a write on {@code on} (event thread, before the vault is saved): the status read right
     * after it. When the engines lack the change, the vault's deployments become pending and the
     * screen says how many engines lack it; a status that could not be read is said, never an error.
     */
    void afterWrite(PingFederateServerEntry on, ClusterCheck check) {
        if (check.replicationRequired()) {
            ClusterRecords.markPending(session.editor(), on, check.status());
        }
        shown(on, check);
    }

    /** Shows a status read with another call (the browser's list); says nothing while the engines are up to date. */
    void shown(PingFederateServerEntry on, ClusterCheck check) {
        server.set(on);
        show(check.status(), !check.clustered() && check.failure().isEmpty());
        if (check.replicationRequired()) {
            say(behind(check.status()), false);
        } else {
            check.failure()
                    .ifPresentOrElse(
                            problem -> say(Messages.format("cluster.checkFailed", problem), true),
                            () -> message.set(null));
        }
    }

    /** Replicates the chosen server's configuration to its engines, records it in the vault and saves. */
    public void replicate() {
        PingFederateServerEntry on = server.get();
        if (!canReplicate.get() || on == null) {
            return;
        }
        // The replication must be recorded: the vault stays open until it is.
        Runnable release = session.hold();
        call.write(
                on,
                Messages.format("cluster.replicating", on.getName()),
                api -> new Cluster(api.client()).replicate(),
                done -> {
                    release.run();
                    try {
                        ClusterRecords.recordReplication(session.editor(), on, done);
                    } catch (VaultException | RuntimeException e) {
                        dialogs.error(Failure.of(Messages.text("pf.recordFailed"), e));
                        return;
                    }
                    session.changed();
                    show(done.status(), false);
                    String what = Messages.format(
                            "cluster.replicated",
                            on.getName(),
                            done.status().engines().size(),
                            done.message());
                    say(what, false);
                    session.save(() -> {}, Messages.format("pf.saveFailed", what));
                },
                failure -> {
                    release.run();
                    sayFailure(Messages.format("cluster.replicateFailed", on.getName()), failure);
                    refreshQuietly(on);
                });
    }

    /** After a failed replication, the status as it is now, keeping the failure's message. */
    private void refreshQuietly(PingFederateServerEntry on) {
        call.read(
                on,
                Messages.format("cluster.reading", on.getName()),
                api -> new Cluster(api.client()).status(),
                read -> show(read.orElse(null), read.isEmpty()),
                failure -> {});
    }

    private static String behind(ClusterStatus s) {
        return Messages.format("cluster.behind", s.enginesBehind());
    }

    private void show(ClusterStatus read, boolean isStandalone) {
        status.set(read);
        standalone.set(isStandalone);
        replicationRequired.set(read != null && read.enginesBehind() > 0);
    }

    /** The mixed-versions warning, when the nodes run different PingFederate versions. */
    public Optional<String> mixedVersions() {
        ClusterStatus s = status.get();
        return s != null
                        && (s.mixedMode()
                                || s.nodes().stream()
                                                .map(n -> n.version())
                                                .distinct()
                                                .count()
                                        > 1)
                ? Optional.of(Messages.text("cluster.mixed"))
                : Optional.empty();
    }

    private void say(String text, boolean failure) {
        failed.set(failure);
        message.set(text);
    }

    private void sayFailure(String what, Throwable failure) {
        say(FormErrors.describe(what, failure), true);
    }

    private void update() {
        canReplicate.set(status.get() != null && !call.busy.get() && session.editable.get());
    }
}
