package io.p1vault.ui.pingfederate;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.CertificateChangedException;
import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.PingFederateException;
import io.p1vault.pingfederate.PingOneConnections;
import io.p1vault.pingfederate.TrustCheck;
import io.p1vault.pingfederate.UntrustedCertificateException;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.Vault;

import java.util.function.Consumer;

/**
 * Runs work against a server entry's admin API in the background. When the server presents a
 * certificate that is not trusted yet, or another one than was pinned, it shows the user every
 * certificate the entry's endpoints present, pins them and saves the vault if the user trusts
 * them, and runs the work again. Results that arrive after the vault was locked are dropped.
 */
public final class ServerConnector {
    /** What to do with the server's API; runs off the event thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(PingOneConnections api) throws Exception;
    }

    private final VaultSession session;
    private final Tasks tasks;
    private final Dialogs dialogs;

    public ServerConnector(VaultSession session, Tasks tasks, Dialogs dialogs) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /**
     * Runs {@code work} with a client for {@code server}; {@code done} gets its result and
     * {@code failed} any failure, a certificate the user did not trust included, on the event thread.
     */
    public <T> Tasks.Handle run(
            PingFederateServerEntry server, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Attempt<T> attempt = new Attempt<>(server, work, done, failed, session.vault.get());
        attempt.start();
        return attempt;
    }

    /** One request of the caller, through as many connections as trusting a certificate takes. */
    private final class Attempt<T> implements Tasks.Handle {
        private final PingFederateServerEntry server;
        private final Work<T> work;
        private final Consumer<T> done;
        private final Consumer<Throwable> failed;
        private final Vault vault;
        private Tasks.Handle running;
        private boolean cancelled;

        Attempt(
                PingFederateServerEntry server,
                Work<T> work,
                Consumer<T> done,
                Consumer<Throwable> failed,
                Vault vault) {
            this.server = server;
            this.work = work;
            this.done = done;
            this.failed = failed;
            this.vault = vault;
        }

        void start() {
            running = tasks.run(
                    progress -> {
                        try (PingFederateClient client = PingFederateClient.forServer(server)) {
                            return work.run(new PingOneConnections(client));
                        }
                    },
                    Tasks.callbacks(
                            result -> {
                                if (current()) {
                                    done.accept(result);
                                }
                            },
                            this::onFailure));
        }

        private void onFailure(Throwable failure) {
            if (!current()) {
                return;
            }
            if (failure instanceof UntrustedCertificateException || failure instanceof CertificateChangedException) {
                checkTrust();
            } else {
                failed.accept(failure);
            }
        }

        /** Probes every endpoint, so one question covers them all (an OAuth2 token endpoint may be elsewhere). */
        private void checkTrust() {
            running = tasks.run(
                    progress -> {
                        try (PingFederateClient client = PingFederateClient.forServer(server)) {
                            return TrustCheck.of(client);
                        }
                    },
                    Tasks.callbacks(
                            check -> {
                                if (current()) {
                                    ask(check);
                                }
                            },
                            failure -> {
                                if (current()) {
                                    failed.accept(failure);
                                }
                            }));
        }

        private void ask(TrustCheck check) {
            if (check.untrusted().isEmpty()) {
                start();
                return;
            }
            if (vault.isReadOnly()) {
                failed.accept(new PingFederateException(
                        PingFederateException.Reason.UNTRUSTED_CERTIFICATE,
                        Messages.format("cert.readOnly", server.getName())));
                return;
            }
            if (!dialogs.trustCertificate(server.getName(), check)) {
                failed.accept(new PingFederateException(
                        PingFederateException.Reason.UNTRUSTED_CERTIFICATE,
                        Messages.format("cert.notTrusted", server.getName())));
                return;
            }
            try {
                session.editor()
                        .serverRecords()
                        .pinCertificates(server, check.pinsAfterTrusting(server), check.changed());
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            session.changed();
            // The pin works for this session even if saving it fails (the save says so); the user can save again.
            session.save(this::start, this::start);
        }

        /** Still wanted: not cancelled, and the vault it started with is still the one open. */
        private boolean current() {
            return !cancelled && session.vault.get() == vault;
        }

        @Override
        public void cancel() {
            cancelled = true;
            if (running != null) {
                running.cancel();
            }
        }
    }
}
