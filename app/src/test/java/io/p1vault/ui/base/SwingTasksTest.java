package io.p1vault.ui.base;

import org.junit.jupiter.api.Test;

import java.awt.EventQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Background work through real worker threads: what the callbacks get, and on which thread. */
class SwingTasksTest {
    /** What reached the callbacks: the result or the failure, and whether on the event thread. */
    private record Outcome(Object value, boolean onEventThread) {}

    private static <T> Outcome run(Tasks.Work<T> work) throws Exception {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        new SwingTasks()
                .run(
                        work,
                        Tasks.callbacks(
                                result -> outcome.complete(new Outcome(result, EventQueue.isDispatchThread())),
                                failure -> outcome.complete(new Outcome(failure, EventQueue.isDispatchThread()))));
        return outcome.get(30, TimeUnit.SECONDS);
    }

    @Test
    void theResultReachesTheEventThread() throws Exception {
        Outcome outcome = run(progress -> {
            assertThat(EventQueue.isDispatchThread()).isFalse();
            progress.report(0.5);
            return "done";
        });
        assertThat(outcome).isEqualTo(new Outcome("done", true));
    }

    @Test
    void aFailureOfTheWorkErrorsIncludedReachesTheEventThreadAsThrown() throws Exception {
        IllegalStateException exception = new IllegalStateException("broken");
        assertThat(run(progress -> {
                    throw exception;
                }))
                .isEqualTo(new Outcome(exception, true));
        AssertionError error = new AssertionError("worse");
        assertThat(run(progress -> {
                    throw error;
                }))
                .isEqualTo(new Outcome(error, true));
    }

    @Test
    void aCancelIsSeenByTheWorkAtItsNextProgressReport() throws Exception {
        CompletableFuture<Tasks.Handle> handle = new CompletableFuture<>();
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        handle.complete(new SwingTasks()
                .run(
                        progress -> {
                            Tasks.Handle running = handle.get(30, TimeUnit.SECONDS);
                            running.cancel();
                            if (!progress.report(0.5)) {
                                throw new CancellationException("cancelled");
                            }
                            return "not cancelled";
                        },
                        Tasks.callbacks(
                                result -> outcome.complete(new Outcome(result, EventQueue.isDispatchThread())),
                                failure -> outcome.complete(new Outcome(failure, EventQueue.isDispatchThread())))));
        Outcome cancelled = outcome.get(30, TimeUnit.SECONDS);
        assertThat(cancelled.value()).isInstanceOf(CancellationException.class);
        assertThat(cancelled.onEventThread()).isTrue();
    }
}
