package io.p1vault.ui;

import io.p1vault.ui.base.ErrorDialog;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;

import javax.swing.SwingUtilities;
import java.awt.KeyboardFocusManager;

/**
 * The desktop's last resort for an exception no code caught, on the event thread (which hands
 * its uncaught exceptions to the default handler) or any other: logs it with its trace and shows
 * the error dialog. While one such dialog is open, further failures are only logged, as a failure
 * in painting would repeat with every repaint.
 */
public final class UncaughtFailures implements Thread.UncaughtExceptionHandler {
    private static final System.Logger LOG = System.getLogger(UncaughtFailures.class.getName());

    private final ErrorShower shower;
    private boolean showing;

    /** How the failure reaches the user; the application opens an {@link ErrorDialog}. */
    @FunctionalInterface
    interface ErrorShower {
        void show(Failure failure);
    }

    UncaughtFailures(ErrorShower shower) {
        this.shower = shower;
    }

    /** Makes this the handler of every thread that has none of its own. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtFailures(failure -> new ErrorDialog(
                        KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow(), failure)
                .setVisible(true)));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "Uncaught exception in thread " + thread.getName(), failure);
        SwingUtilities.invokeLater(() -> show(failure));
    }

    private void show(Throwable failure) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            shower.show(Failure.of(Messages.text("error.uncaught"), failure));
        } finally {
            showing = false;
        }
    }
}
