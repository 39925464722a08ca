package io.p1vault.desktop;

import java.time.Duration;
import java.util.Arrays;

/**
 * Copies secrets to the system clipboard and clears it after a delay, but only if it still holds
 * what we put there: a user who copied something else meanwhile keeps it. The system clipboard
 * and the timer are behind interfaces so the policy is tested without a display.
 */
public final class SecretClipboard {
    /** The system clipboard. */
    public interface Board {
        /** Puts {@code text}; {@code lost} runs when another program takes the clipboard over. */
        void put(char[] text, Runnable lost);

        /** Whether the clipboard holds exactly {@code text}. */
        boolean holds(char[] text);

        void clear();
    }

    /** Runs a task once after a delay, on the thread the board must be used from. */
    public interface Scheduler {
        /** Returns a handle that cancels the task. */
        Runnable schedule(Duration delay, Runnable task);
    }

    private final Board board;
    private final Scheduler scheduler;
    private char[] copied;
    private boolean owned;
    private Runnable pendingClear;

    public SecretClipboard(Board board, Scheduler scheduler) {
        this.board = board;
        this.scheduler = scheduler;
    }

    /** Copies {@code secret} (the caller wipes its array) and schedules the clearing. */
    public void copy(char[] secret, Duration clearAfter) {
        forget();
        copied = secret.clone();
        owned = true;
        board.put(copied, () -> owned = false);
        pendingClear = scheduler.schedule(clearAfter, this::clearNow);
    }

    /** Clears the clipboard now if it still holds our secret (on lock and on exit). */
    public void clearNow() {
        if (copied != null && owned && board.holds(copied)) {
            board.clear();
        }
        forget();
    }

    /** Whether a copied secret is waiting to be cleared. */
    public boolean pending() {
        return copied != null;
    }

    private void forget() {
        if (pendingClear != null) {
            pendingClear.run();
            pendingClear = null;
        }
        if (copied != null) {
            Arrays.fill(copied, '\0');
            copied = null;
        }
    }
}
