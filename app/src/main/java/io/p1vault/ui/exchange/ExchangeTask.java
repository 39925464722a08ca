package io.p1vault.ui.exchange;

import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.VaultSession;

import java.util.function.Consumer;

/**
 * The one background task an export or import form runs at a time: busy and progress for the
 * view, and the session marked busy meanwhile, so the idle lock does not close the vault while
 * it is read or written. No Swing.
 */
final class ExchangeTask {
    final Property<Boolean> busy = new Property<>(false);
    final Property<Double> progress = new Property<>(0.0);
    private final VaultSession session;
    private final Tasks tasks;
    private Tasks.Handle running;

    ExchangeTask(VaultSession session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
    }

    <T> void run(Tasks.Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        busy.set(true);
        session.busy.set(true);
        progress.set(0.0);
        running = tasks.run(work, Tasks.callbacks(result -> {
            finish();
            done.accept(result);
        }, failure -> {
            finish();
            failed.accept(failure);
        }, progress::set));
    }

    /** Asks the running task to stop; false when none runs. */
    boolean cancel() {
        if (!busy.get()) {
            return false;
        }
        running.cancel();
        return true;
    }

    private void finish() {
        busy.set(false);
        session.busy.set(false);
    }
}
