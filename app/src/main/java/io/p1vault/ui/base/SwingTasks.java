package io.p1vault.ui.base;

import javax.swing.SwingWorker;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

/** {@link Tasks} on {@link SwingWorker}s: work on a worker thread, callbacks on the event thread. */
public final class SwingTasks implements Tasks {
    @Override
    public <T> Handle run(Work<T> work, Callbacks<T> callbacks) {
        Worker<T> worker = new Worker<>(work, callbacks);
        worker.execute();
        return worker::requestCancel;
    }

    private static final class Worker<T> extends SwingWorker<T, Double> {
        private final Work<T> work;
        private final Callbacks<T> callbacks;
        /** Cancelled cooperatively: interrupting a save could leave a temporary file behind. */
        private volatile boolean cancelRequested;

        Worker(Work<T> work, Callbacks<T> callbacks) {
            this.work = work;
            this.callbacks = callbacks;
        }

        void requestCancel() {
            cancelRequested = true;
        }

        @Override
        protected T doInBackground() throws Exception {
            return work.run(fraction -> {
                publish(fraction);
                return !cancelRequested;
            });
        }

        @Override
        protected void process(List<Double> chunks) {
            callbacks.progress(chunks.get(chunks.size() - 1));
        }

        @Override
        protected void done() {
            try {
                callbacks.done(get());
            } catch (ExecutionException e) {
                callbacks.failed(e.getCause());
            } catch (CancellationException e) {
                callbacks.failed(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                callbacks.failed(e);
            }
        }
    }
}
