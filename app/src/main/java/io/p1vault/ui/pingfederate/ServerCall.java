package io.p1vault.ui.pingfederate;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Tasks;

import java.util.function.Consumer;

/**
 * The one call to PingFederate a screen runs at a time, through the {@link ServerConnector}:
 * busy while it runs, with a line saying what it does. A cancelled read's answer is ignored; a
 * write cannot be cancelled once sent, as PingFederate may already have made the change. No Swing.
 */
public final class ServerCall {
    public final Property<Boolean> busy = new Property<>(false);
    /** What the call does ("Reading the connections…"), null when idle. */
    public final Property<String> activity = new Property<>(null);

    public final Property<Boolean> cancellable = new Property<>(false);

    private final ServerConnector connector;
    private Tasks.Handle handle;
    private int generation;

    public ServerCall(ServerConnector connector) {
        this.connector = connector;
    }

    /** A read (or a plan): may be cancelled, after which its answer is dropped. */
    public <T> void read(
            PingFederateServerEntry server,
            String activity,
            ServerConnector.Work<T> work,
            Consumer<T> done,
            Consumer<Throwable> failed) {
        start(server, activity, true, work, done, failed);
    }

    /** A write: runs to its end, whatever the user does meanwhile. */
    public <T> void write(
            PingFederateServerEntry server,
            String activity,
            ServerConnector.Work<T> work,
            Consumer<T> done,
            Consumer<Throwable> failed) {
        start(server, activity, false, work, done, failed);
    }

    /** True while a write runs: its answer must be recorded, so nothing may start over it. */
    public boolean writing() {
        return busy.get() && !cancellable.get();
    }

    /** Starts the call, dropping a read that runs; refused (an error) while a write runs. */
    private <T> void start(
            PingFederateServerEntry server,
            String what,
            boolean mayCancel,
            ServerConnector.Work<T> work,
            Consumer<T> done,
            Consumer<Throwable> failed) {
        if (writing()) {
            throw new IllegalStateException("a write to PingFederate is still running");
        }
        int call = ++generation;
        activity.set(what);
        cancellable.set(mayCancel);
        busy.set(true);
        Tasks.Handle started = connector.run(
                server,
                work,
                result -> {
                    if (finish(call)) {
                        done.accept(result);
                    }
                },
                failure -> {
                    if (finish(call)) {
                        failed.accept(failure);
                    }
                });
        if (call == generation && busy.get()) {
            handle = started;
        }
    }

    /** Cancels a running read; true when there was one (a write is never cancelled). */
    public boolean cancel() {
        if (!busy.get() || !cancellable.get()) {
            return false;
        }
        generation++;
        if (handle != null) {
            handle.cancel();
        }
        idle();
        return true;
    }

    private boolean finish(int call) {
        if (call != generation) {
            return false;
        }
        handle = null;
        idle();
        return true;
    }

    private void idle() {
        busy.set(false);
        activity.set(null);
        cancellable.set(false);
    }
}
