package io.p1vault.ui.testing;

import io.p1vault.ui.base.Tasks;

import java.util.ArrayDeque;
import java.util.Deque;

/** Holds tasks until the test runs them, so a test can act (cancel, close) while one is "running". */
public final class QueuedTasks implements Tasks {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> Handle run(Work<T> work, Callbacks<T> callbacks) {
        boolean[] cancelled = {false};
        queue.add(() -> {
            try {
                callbacks.done(work.run(fraction -> !cancelled[0]));
            } catch (Exception e) {
                callbacks.failed(e);
            }
        });
        return () -> cancelled[0] = true;
    }

    public int waiting() {
        return queue.size();
    }

    /** Runs the task that waits longest (and queues those it starts). */
    public void runNext() {
        queue.poll().run();
    }

    /** Runs the waiting tasks, and those they start, in order. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }
}
