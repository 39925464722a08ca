package io.p1vault.ui.testing;

import io.p1vault.ui.base.Tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/** Runs presenter tasks in place, on the test's thread; records progress; can be told to cancel. */
public final class DirectTasks implements Tasks {
    public final List<Double> progress = new ArrayList<>();
    public boolean cancelNext;

    @Override
    public <T> Handle run(Work<T> work, Callbacks<T> callbacks) {
        boolean cancel = cancelNext;
        cancelNext = false;
        try {
            T result = work.run(fraction -> {
                progress.add(fraction);
                callbacks.progress(fraction);
                return !cancel;
            });
            callbacks.done(result);
        } catch (CancellationException e) {
            callbacks.failed(e);
        } catch (Exception e) {
            callbacks.failed(e);
        }
        return () -> {};
    }
}
