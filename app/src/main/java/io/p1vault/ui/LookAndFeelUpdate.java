package io.p1vault.ui;

import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Gives the components of some windows the current look and feel's delegates a slice at a time:
 * each event-thread turn updates components for at most {@code turn}, then posts the rest, so
 * that a theme switch never holds the event thread for long. Swing's own
 * {@code updateComponentTreeUI}, which FlatLaf runs for every window in one go, took about 300 ms
 * for the main window on a cold switch, and as long again for each closed dialog still in memory.
 * Each window is done in Swing's order: a component before its popup menu and its children, whose
 * list is read only once the component is done, as some delegates replace their children.
 */
final class LookAndFeelUpdate {
    private final Deque<Window> windows;
    private final long turnNanos;
    private final Runnable done;
    private final Deque<Component> pending = new ArrayDeque<>();
    private Window current;
    private boolean cancelled;

    /** Updates {@code windows} in this order, then runs {@code done}; nothing happens before {@link #start}. */
    LookAndFeelUpdate(List<Window> windows, Duration turn, Runnable done) {
        this.windows = new ArrayDeque<>(windows);
        this.turnNanos = turn.toNanos();
        this.done = done;
    }

    /** Posts the first turn; call on the event thread. */
    void start() {
        SwingUtilities.invokeLater(this::turn);
    }

    /** Stops after the current turn, without running {@code done} (a newer switch takes over). */
    void cancel() {
        cancelled = true;
    }

    private void turn() {
        if (cancelled) {
            return;
        }
        long end = System.nanoTime() + turnNanos;
        do {
            if (!step()) {
                done.run();
                return;
            }
        } while (System.nanoTime() - end < 0);
        SwingUtilities.invokeLater(this::turn);
    }

    /** Updates one component, or lays out the window just finished; false once every window is done. */
    private boolean step() {
        if (pending.isEmpty()) {
            if (current != null) {
                current.invalidate();
                current.validate();
                current.repaint();
            }
            current = windows.poll();
            if (current == null) {
                return false;
            }
            pending.push(current);
        }
        Component component = pending.pop();
        JPopupMenu popup = null;
        if (component instanceof JComponent swing) {
            swing.updateUI();
            popup = swing.getComponentPopupMenu();
        }
        Component[] children = component instanceof JMenu menu
                ? menu.getMenuComponents()
                : component instanceof Container container ? container.getComponents() : new Component[0];
        for (int i = children.length - 1; i >= 0; i--) {
            pending.push(children[i]);
        }
        if (popup != null) {
            pending.push(popup);
        }
        return true;
    }
}
