package io.p1vault.ui.base;

import javax.swing.SwingWorker;
import java.awt.EventQueue;
import java.util.List;

/**
 * {@link Tasks} on {@link SwingWorker}s' threads: work on a worker thread, callbacks on the event
 * thread. The outcome is posted to the event queue as the work ends: {@link SwingWorker#done()}
 * would come up to a frame (33 ms) later, as the worker batches its calls to the event thread on a
 * timer, and an unlock's window waited for that.
 */
public final class SwingTasks implements Tasks {
    @Override
    public <T> Handle run(Work<T> work, Callbacks<T> callbacks) {
        Worker<T> worker = new Worker<>(work, callbacks);
        worker.execute();
        return worker::requestCancel;
    }

    private static final class Worker<T> extends SwingWorker<Void, Double> {
        private final Work<T> work;
        private final Callbacks<T> callbacks;
        /** Cancelled cooperatively: interrupting a save could leave a temporary file behind. */
        private volatile boolean cancelRequested;
        /** Set on the event thread once the outcome is delivered: progress batched before it comes too late to show. */
        private boolean finished;

        Worker(Work<T> work, Callbacks<T> callbacks) {
            this.work = work;
            this.callbacks = callbacks;
        }

        void requestCancel() {
            cancelRequested = true;
        }

        /** Every failure of the work, errors too, is the callbacks' to report. */
        @Override
        protected Void doInBackground() {
            Runnable outcome;
            try {
                T result = work.run(fraction -> {
                    publish(fraction);
                    return !cancelRequested;
                });
                outcome = () -> callbacks.done(result);
            } catch (Throwable failure) {
                outcome = () -> callbacks.failed(failure);
            }
            Runnable deliver = outcome;
            EventQueue.invokeLater(() -> {
                finished = true;
                deliver.run();
            });
            return null;
        }

        @Override
        protected void process(List<Double> chunks) {
            if (!finished) {
                callbacks.progress(chunks.get(chunks.size() - 1));
            }
        }
    }
}
