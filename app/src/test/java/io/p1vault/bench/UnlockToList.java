package io.p1vault.bench;

import io.p1vault.cli.Main;

import javax.swing.AbstractButton;
import javax.swing.JPasswordField;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.tree.TreeModel;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.Locale;
import java.util.Optional;
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
        long t0 = System.nanoTime();
        SwingUtilities.invokeAndWait(() -> {
            field.setText(new String(passphrase));
            unlock.doClick(0);
        });
        JTree tree = await("entries", JTree.class);
        while (!onEdt(() -> tree.isShowing() && leaves(tree.getModel()) == expected)) {
            Thread.sleep(1);
        }
        SwingUtilities.invokeAndWait(() -> tree.paintImmediately(tree.getVisibleRect()));
        System.out.printf(Locale.ROOT, "%.1f%n", (System.nanoTime() - t0) / 1e6);
        System.exit(0);
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
