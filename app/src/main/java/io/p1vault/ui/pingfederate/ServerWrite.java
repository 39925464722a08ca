package io.p1vault.ui.pingfederate;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.ApiRequest;
import io.p1vault.pingfederate.Cluster;
import io.p1vault.pingfederate.ClusterCheck;
import io.p1vault.pingfederate.PingOneConnections;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.util.List;
import java.util.function.Consumer;

/**
 * A write to PingFederate as every screen makes it: plan it in the background (reading what is
 * there now), show what will change and the request (secrets masked) and ask, send it in the
 * background with the cluster status right after it, then record it in the vault (the engines that
 * lack it included) and save. Declining sends nothing; a failed save says that PingFederate was
 * changed all the same. No Swing.
 */
final class ServerWrite {
    /** A planned write: the plan the sender needs, the change in words, and the request it sends. */
    record Planned<P>(P plan, List<String> summary, ApiRequest request) {}

    /** The question the user is asked before sending. */
    record Question(String title, String sendLabel) {}

    @FunctionalInterface
    interface Planner<P> {
        Planned<P> plan(PingOneConnections api) throws Exception;
    }

    @FunctionalInterface
    interface Sender<P, R> {
        R send(PingOneConnections api, P plan) throws Exception;
    }

    /** Records what was done in the vault (on the event thread); returns the sentence that says what was done. */
    @FunctionalInterface
    interface Recorder<P, R> {
        String record(P plan, R result, VaultEditor editor) throws VaultException;
    }

    private record Shown<P>(Planned<P> planned, List<String> request) {}

    /** The write's answer, and the cluster status read right after it. */
    private record Sent<R>(R result, ClusterCheck cluster) {}

    private final VaultSession session;
    private final Dialogs dialogs;
    private final ServerCall call;
    private final ClusterPresenter cluster;

    ServerWrite(VaultSession session, Dialogs dialogs, ClusterPresenter cluster) {
        this.session = session;
        this.dialogs = dialogs;
        this.call = cluster.call;
        this.cluster = cluster;
    }

    /** {@code done} gets the sentence of what was done; {@code failed} a failure of the plan or the send. */
    <P, R> void run(
            PingFederateServerEntry server,
            Question question,
            Planner<P> planner,
            Sender<P, R> sender,
            Recorder<P, R> recorder,
            Consumer<String> done,
            Consumer<Throwable> failed) {
        call.read(
                server,
                Messages.text("pf.preparing"),
                api -> {
                    Planned<P> planned = planner.plan(api);
                    return new Shown<>(planned, api.client().preview(planned.request()));
                },
                shown -> {
                    if (dialogs.previewRequest(
                            question.title(),
                            shown.planned().summary(),
                            String.join("\n", shown.request()),
                            question.sendLabel())) {
                        send(server, shown.planned().plan(), sender, recorder, done, failed);
                    }
                },
                failed);
    }

    private <P, R> void send(
            PingFederateServerEntry server,
            P plan,
            Sender<P, R> sender,
            Recorder<P, R> recorder,
            Consumer<String> done,
            Consumer<Throwable> failed) {
        // The answer must be recorded in the vault: it stays open (no idle lock) until then.
        Runnable release = session.hold();
        call.write(
                server,
                Messages.format("pf.sending", server.getName()),
                api -> new Sent<>(sender.send(api, plan), new Cluster(api.client()).check()),
                sent -> {
                    release.run();
                    String what;
                    try {
                        what = recorder.record(plan, sent.result(), session.editor());
                    } catch (VaultException | RuntimeException e) {
                        dialogs.error(Failure.of(Messages.text("pf.recordFailed"), e));
                        return;
                    }
                    cluster.afterWrite(server, sent.cluster());
                    session.changed();
                    done.accept(what);
                    session.save(() -> {}, Messages.format("pf.saveFailed", what));
                },
                failure -> {
                    release.run();
                    failed.accept(failure);
                });
    }
}
