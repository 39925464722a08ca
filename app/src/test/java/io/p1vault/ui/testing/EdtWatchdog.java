package io.p1vault.ui.testing;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Fails GUI tests that block the Event Dispatch Thread: an event queue that measures how long
 * each event keeps the event thread, counting the time it computed (CPU) or waited (for a lock, a
 * sleep, a future), not the time the machine did not schedule it (a loaded CI machine must not
 * fail the suite). An event that runs a nested event loop (a modal dialog) is not measured itself;
 * the events of the nested loop are. A sampler keeps the stack of a slow event for the report.
 *
 * <p>AssertJ-Swing's own component descriptions (a slow introspection the first time) are not the
 * application's and are not measured. A live theme switch has no allowance: it updates the windows
 * a slice per event (see {@code io.p1vault.ui.LookAndFeelUpdate}).
 */
public final class EdtWatchdog {
    static final long LIMIT_MILLIS = 100;
    private static EdtWatchdog instance;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<String> violations = new ArrayList<>();
    private volatile Thread edt;
    private volatile long currentStart;
    private volatile StackTraceElement[] sample;

    private EdtWatchdog() {
        if (threads.isThreadContentionMonitoringSupported()) {
            threads.setThreadContentionMonitoringEnabled(true);
        }
    }

    static synchronized EdtWatchdog start() {
        if (instance == null) {
            instance = new EdtWatchdog();
            Toolkit.getDefaultToolkit().getSystemEventQueue().push(instance.new TimingQueue());
            Thread sampler = new Thread(instance::sample, "edt-watchdog");
            sampler.setDaemon(true);
            sampler.start();
        }
        return instance;
    }

    synchronized List<String> takeViolations() {
        List<String> copy = List.copyOf(violations);
        violations.clear();
        return copy;
    }

    /** Keeps the stack of an event that is taking long, from 80 ms in. */
    private void sample() {
        while (true) {
            long start = currentStart;
            if (start != 0 && sample == null && System.nanoTime() - start > 80_000_000L && edt != null) {
                sample = edt.getStackTrace();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Cost so far of the event thread: CPU plus time blocked or waiting, in nanoseconds. */
    private long cost() {
        long cpu = threads.getCurrentThreadCpuTime();
        ThreadInfo info = threads.getThreadInfo(Thread.currentThread().getId());
        long waited = info == null ? 0 : Math.max(0, info.getBlockedTime()) + Math.max(0, info.getWaitedTime());
        return cpu + waited * 1_000_000L;
    }

    private synchronized void record(AWTEvent event, long costNanos, StackTraceElement[] stack) {
        StringBuilder sb = new StringBuilder("The event thread was busy for " + costNanos / 1_000_000
                + " ms (more than " + LIMIT_MILLIS + " ms) with " + event.paramString() + " from "
                + event.getSource().getClass().getName());
        if (stack != null) {
            sb.append(", for instance in:");
            Arrays.stream(stack).limit(30).forEach(f -> sb.append("\n    at ").append(f));
        }
        violations.add(sb.toString());
    }

    private static long limitNanos(StackTraceElement[] stack) {
        // AssertJ-Swing describing components for its own messages is the test's work, not the application's.
        if (stack != null
                && Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("org.assertj.swing.format."))) {
            return Long.MAX_VALUE;
        }
        return LIMIT_MILLIS * 1_000_000L;
    }

    private final class TimingQueue extends EventQueue {
        /** One frame per event being dispatched; nested when a modal dialog runs its own loop. */
        private final Deque<boolean[]> nested = new ArrayDeque<>();

        @Override
        protected void dispatchEvent(AWTEvent event) {
            edt = Thread.currentThread();
            nested.forEach(frame -> frame[0] = true);
            boolean[] frame = {false};
            nested.push(frame);
            long before = cost();
            long wallStart = System.nanoTime();
            currentStart = wallStart;
            sample = null;
            try {
                super.dispatchEvent(event);
            } finally {
                nested.pop();
                long spent = cost() - before;
                StackTraceElement[] stack = sample;
                currentStart = nested.isEmpty() ? 0 : System.nanoTime();
                sample = null;
                if (!frame[0] && spent > limitNanos(stack)) {
                    record(event, spent, stack);
                }
            }
        }
    }
}
