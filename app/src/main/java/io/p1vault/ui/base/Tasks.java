package io.p1vault.ui.base;

import java.util.function.Consumer;

/**
 * Runs work that must not block the event thread (key derivation, saves, file I/O) and hands the
 * result back on it. Presenters use this interface; the application runs the work on
 * {@link SwingTasks}, presenter tests run it in place.
 */
public interface Tasks {
    /** Lets long work report how far it is and notice a cancel. */
    interface Progress {
        /** Reports the fraction done, in [0, 1]; returns false once the task was cancelled. */
        boolean report(double fraction);
    }

    /** The work; runs off the event thread. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What happens after the work, on the event thread. */
    interface Callbacks<T> {
        void done(T result);

        void failed(Throwable failure);

        default void progress(double fraction) {}
    }

    /** A running task. */
    interface Handle {
        void cancel();
    }

    <T> Handle run(Work<T> work, Callbacks<T> callbacks);

    /** Callbacks from three lambdas: result, failure and progress. */
    static <T> Callbacks<T> callbacks(
            Consumer<T> done, Consumer<Throwable> failed, java.util.function.DoubleConsumer progress) {
        return new Callbacks<>() {
            @Override
            public void done(T result) {
                done.accept(result);
            }

            @Override
            public void failed(Throwable failure) {
                failed.accept(failure);
            }

            @Override
            public void progress(double fraction) {
                progress.accept(fraction);
            }
        };
    }

    /** Callbacks from two lambdas. */
    static <T> Callbacks<T> callbacks(Consumer<T> done, Consumer<Throwable> failed) {
        return callbacks(done, failed, fraction -> {});
    }
}
