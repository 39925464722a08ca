package io.p1vault.ui.testing;

import java.awt.EventQueue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fails GUI tests that block the Event Dispatch Thread: every 20 ms it posts an empty event and,
 * when that event has not run within 100 ms, looks at what the event thread is doing. Only a
 * thread busy dispatching counts (a thread idle in the queue was merely not scheduled on a
 * loaded machine); the stack is kept for the failure message.
 */
public final class EdtWatchdog {
    static final long LIMIT_MILLIS = 100;
    private static final long PERIOD_MILLIS = 20;
    private static EdtWatchdog instance;

    private final List<String> violations = new ArrayList<>();
    private final AtomicLong pending = new AtomicLong();
    private volatile Thread edt;

    private EdtWatchdog() {
    }

    static synchronized EdtWatchdog start() {
        if (instance == null) {
            instance = new EdtWatchdog();
            Thread t = new Thread(instance::run, "edt-watchdog");
            t.setDaemon(true);
            t.start();
        }
        return instance;
    }

    synchronized List<String> takeViolations() {
        List<String> copy = List.copyOf(violations);
        violations.clear();
        return copy;
    }

    private void run() {
        while (true) {
            long sent = System.nanoTime();
            pending.set(sent);
            EventQueue.invokeLater(() -> {
                edt = Thread.currentThread();
                pending.compareAndSet(sent, 0);
            });
            sleep(LIMIT_MILLIS);
            if (pending.get() == sent) {
                StackTraceElement[] stack = edt == null ? new StackTraceElement[0] : edt.getStackTrace();
                if (busy(stack)) {
                    record(stack);
                }
                while (pending.get() == sent) {
                    sleep(PERIOD_MILLIS);
                }
            }
            sleep(PERIOD_MILLIS);
        }
    }

    /** Idle means waiting in the event queue (or the toolkit) for the next event. */
    private static boolean busy(StackTraceElement[] stack) {
        return stack.length > 0 && Arrays.stream(stack).limit(12).noneMatch(f ->
                f.getClassName().equals("java.awt.EventQueue") && f.getMethodName().equals("getNextEvent"));
    }

    private synchronized void record(StackTraceElement[] stack) {
        StringBuilder sb = new StringBuilder("The event thread was busy for more than " + LIMIT_MILLIS + " ms in:");
        Arrays.stream(stack).limit(25).forEach(f -> sb.append("\n    at ").append(f));
        violations.add(sb.toString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
