package io.p1vault.ui.pingone;

import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.RotationPlan;
import io.p1vault.model.RotationStep;
import io.p1vault.pingfederate.Cluster;
import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.PingOnePlatform;
import io.p1vault.pingfederate.rotation.CredentialRotation;
import io.p1vault.pingfederate.rotation.RotationException;
import io.p1vault.pingfederate.rotation.RotationPlans;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.VaultSession;

import java.util.List;
import java.util.Objects;

/**
 * "Rotate…" on a gateway credential: the worker application to rotate through, the plan's steps,
 * whether to replicate clustered servers and to revoke the old credential once every connection
 * holds the new one; then the rotation in the background, each step's state as it changes, and
 * Resume after a stop. The rotation itself is {@link CredentialRotation}'s. No Swing.
 */
public final class RotatePresenter {
    public final Property<PingOneApplicationEntry> application = new Property<>(null);
    public final Property<Boolean> replicate = new Property<>(true);
    public final Property<Boolean> revokeOld = new Property<>(false);
    /** The plan's steps, one line each, as they stand now. */
    public final Property<List<String>> steps = new Property<>(List.of());
    /** A rotation was started and has not finished: the button resumes it. */
    public final Property<Boolean> resumable = new Property<>(false);

    public final Property<Boolean> running = new Property<>(false);
    public final Property<Boolean> canRun = new Property<>(false);
    /** What happened last: a stop's reason, or that the rotation finished. */
    public final Property<String> message = new Property<>(null);

    public final Property<Boolean> finished = new Property<>(false);

    private final GatewayCredentialEntry credential;
    /** The name the rotation keeps: a finished rotation gives it to the new credential. */
    private final String name;

    private final VaultSession session;
    private final Tasks tasks;
    private final List<PingOneApplicationEntry> applications;

    public RotatePresenter(GatewayCredentialEntry credential, VaultSession session, Tasks tasks) {
        this.credential = credential;
        this.name = credential.getName();
        this.session = session;
        this.tasks = tasks;
        this.applications = session.editor().entries().stream()
                .filter(PingOneApplicationEntry.class::isInstance)
                .map(PingOneApplicationEntry.class::cast)
                .filter(a -> "worker".equals(a.getType()))
                .toList();
        application.addListener(a -> update());
        running.addListener(r -> update());
        RotationPlan plan = credential.getRotation();
        application.set(
                plan == null
                        ? applications.isEmpty() ? null : applications.get(0)
                        : applications.stream()
                                .filter(a -> a.getId().equals(plan.applicationId))
                                .findFirst()
                                .orElse(null));
        update();
    }

    public GatewayCredentialEntry credential() {
        return credential;
    }

    /** The vault's worker applications, which may call PingOne's platform API. */
    public List<PingOneApplicationEntry> applications() {
        return applications;
    }

    /** Starts the rotation, or resumes it from its first unfinished step, in the background. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        PingOneApplicationEntry app = application.get();
        boolean resuming = credential.getRotation() != null;
        CredentialRotation.Options options = new CredentialRotation.Options(replicate.get(), revokeOld.get());
        Runnable release = session.hold();
        running.set(true);
        message.set(null);
        tasks.run(
                progress -> {
                    try (PingOnePlatform pingOne = PingOnePlatform.forApplication(app)) {
                        CredentialRotation rotation = new CredentialRotation(
                                session.vault.get(),
                                pingOne,
                                PingFederateClient::forServer,
                                Cluster::new,
                                (plan, step) -> progress.report(done(plan)));
                        return resuming
                                ? rotation.resume(credential, options, p -> options.revokeOld())
                                : rotation.start(credential, app, options, p -> options.revokeOld());
                    }
                },
                Tasks.callbacks(
                        outcome -> {
                            release.run();
                            finished.set(outcome.finished());
                            ended();
                            show(outcome.plan());
                            message.set(
                                    outcome.finished() ? Messages.format("rotate.finished", name) : outcome.problem());
                        },
                        failure -> {
                            release.run();
                            ended();
                            message.set(Failure.of(Messages.text("rotate.failed"), failure)
                                    .summary());
                        },
                        fraction -> show(credential.getRotation())));
    }

    private void ended() {
        running.set(false);
        session.changed();
        update();
    }

    private static double done(RotationPlan plan) {
        return plan.steps.stream().filter(RotationStep::finished).count() / (double) plan.steps.size();
    }

    private void show(RotationPlan plan) {
        if (plan != null) {
            steps.set(plan.steps.stream().map(RotationStep::describe).toList());
        }
    }

    private void update() {
        resumable.set(credential.getRotation() != null);
        RotationPlan plan = credential.getRotation();
        if (plan == null && !finished.get()) {
            try {
                plan = application.get() == null ? null : RotationPlans.plan(credential, application.get());
            } catch (RotationException e) {
                message.set(e.getMessage());
            }
        }
        show(plan);
        canRun.set(!running.get()
                && !finished.get()
                && application.get() != null
                && (credential.getRotation() == null
                        || Objects.equals(
                                credential.getRotation().applicationId,
                                application.get().getId())));
    }
}
