package io.p1vault.bench;

import io.p1vault.cli.Main;

import javax.swing.AbstractButton;
import javax.swing.JPasswordField;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.tree.TreeModel;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.awt.Window;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the real application in this process (as {@code p1vault} with no arguments does), waits
 * for the unlock dialog, gives it the passphrase as a user would after a moment of typing, presses
 * Unlock and prints the milliseconds until the entry list holds every entry and has been painted.
 */
public final class UnlockToList {
    /** Roughly how long a user takes to type a passphrase; the application warms up meanwhile. */
    private static final long TYPING_MILLIS = 1500;

    private UnlockToList() {}

    public static void main(String[] args) throws Exception {
        int expected = Integer.parseInt(args[0]);
        char[] passphrase = System.getenv("P1VAULT_BENCH_PASSPHRASE").toCharArray();
        Main.main(new String[0]);
        AbstractButton unlock = await("unlockDialog.ok", AbstractButton.class);
        JPasswordField field = await("unlock.passphrase", JPasswordField.class);
        Thread.sleep(TYPING_MILLIS);
        ListPainted painted = new ListPainted(expected);
        long t0 = System.nanoTime();
        SwingUtilities.invokeAndWait(() -> {
            Toolkit.getDefaultToolkit().getSystemEventQueue().push(painted);
            field.setText(new String(passphrase));
            unlock.doClick(0);
        });
        long t1 = painted.await();
        System.out.printf(Locale.ROOT, "%.1f%n", (t1 - t0) / 1e6);
        System.exit(0);
    }

    /**
     * Checks the list after each event the event thread dispatches, so the measurement neither
     * polls from another thread (which would take CPU from the derivation beside it) nor misses
     * the event that fills the list: the first event after which the tree shows every entry is
     * followed at once by a paint, and the time is taken after it. The tree is looked for until
     * a showing window holds it (the main window may be built only after the unlock).
     */
    private static final class ListPainted extends EventQueue {
        private final int expected;
        private final CountDownLatch done = new CountDownLatch(1);
        private JTree tree;
        private volatile long paintedAt;

        ListPainted(int expected) {
            this.expected = expected;
        }

        @Override
        protected void dispatchEvent(AWTEvent event) {
            super.dispatchEvent(event);
            if (done.getCount() == 0) {
                return;
            }
            if (tree == null || !tree.isShowing()) {
                tree = find("entries", JTree.class).orElse(null);
            }
            if (tree != null && leaves(tree.getModel()) == expected) {
                tree.paintImmediately(tree.getVisibleRect());
                paintedAt = System.nanoTime();
                done.countDown();
            }
        }

        long await() throws InterruptedException {
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the list never showed " + expected + " entries");
            }
            return paintedAt;
        }
    }

    private static int leaves(TreeModel model) {
        Object root = model.getRoot();
        int n = 0;
        for (int g = 0; g < model.getChildCount(root); g++) {
            n += model.getChildCount(model.getChild(root, g));
        }
        return n;
    }

    /** The showing component named {@code name}, once some window holds it. */
    private static <T extends Component> T await(String name, Class<T> type) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<T> found = onEdt(() -> find(name, type));
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("no component named " + name + " appeared");
    }

    private static <T extends Component> Optional<T> find(String name, Class<T> type) {
        for (Window w : Window.getWindows()) {
            if (w.isShowing()) {
                Optional<T> c = find(w, name, type);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private static <T extends Component> Optional<T> find(Component c, String name, Class<T> type) {
        if (name.equals(c.getName()) && type.isInstance(c)) {
            return Optional.of(type.cast(c));
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                Optional<T> found = find(child, name, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private interface Check<T> {
        T get();
    }

    private static <T> T onEdt(Check<T> check) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> result.set(check.get()));
        return result.get();
    }
}
