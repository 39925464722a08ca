package io.p1vault.ui.base;

import java.util.function.Consumer;

/**
 * The background task of a form, one at a time: busy while it runs, its progress, and cancel.
 * The form's callbacks run on the event thread after {@link #busy} went back to false.
 */
public final class FormTask {
    public final Property<Boolean> busy = new Property<>(false);
    /** The fraction done, in [0, 1]. */
    public final Property<Double> progress = new Property<>(0.0);

    private final Tasks tasks;
    private Tasks.Handle running;

    public FormTask(Tasks tasks) {
        this.tasks = tasks;
    }

    /** Starts {@code work} unless a task is running; returns whether it started. The listeners of {@link #busy} see it first. */
    public <T> boolean start(Tasks.Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (busy.get()) {
            return false;
        }
        progress.set(0.0);
        busy.set(true);
        running = tasks.run(
                work,
                Tasks.callbacks(
                        result -> {
                            busy.set(false);
                            done.accept(result);
                        },
                        failure -> {
                            busy.set(false);
                            failed.accept(failure);
                        },
                        progress::set));
        return true;
    }

    /** Cancels the running task; false when none runs (so the form may close). */
    public boolean cancel() {
        if (!busy.get()) {
            return false;
        }
        running.cancel();
        return true;
    }
}
