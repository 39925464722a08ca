package io.p1vault.ui;

import io.p1vault.desktop.AppDirectories;
import io.p1vault.desktop.Settings;
import io.p1vault.desktop.SettingsStore;
import io.p1vault.ui.base.Icons;

import javax.swing.SwingUtilities;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.io.PrintStream;
import java.time.Clock;
import java.util.function.Consumer;

/** Starts the desktop application: what {@code p1vault} without arguments does. */
public final class DesktopApp {
    private DesktopApp() {}

    /**
     * Opens the first window (the unlock or create dialog) and returns at once (the event thread keeps the process alive);
     * without a display, says so on {@code err} and returns a non-zero status.
     */
    public static int launch(PrintStream err) {
        if (GraphicsEnvironment.isHeadless()) {
            err.println("p1vault: no display to open the window on (headless). Run a command instead, e.g. "
                    + "p1vault list --vault FILE; see p1vault --help.");
            return 2;
        }
        open(AppDirectories.forCurrentUser(), DesktopController::start);
        return 0;
    }

    /**
     * Sets the application up in {@code directories} and hands its controller to {@code then} on
     * the event thread, with the theme set up: the start that the launch and the class cache's
     * training run ({@link DesktopTraining}) share, so that the training loads what a launch loads.
     */
    static void open(AppDirectories directories, Consumer<DesktopController> then) {
        // While this thread reads the settings (the theme is needed before the first window), the
        // event thread connects to the display and a helper loads the SVG renderer: on two cores
        // that takes those two waits off the path to the first window.
        EventQueue.invokeLater(Toolkit::getDefaultToolkit);
        Thread icons = new Thread(Icons::prepare, "icon-warm-up");
        icons.setDaemon(true);
        icons.start();
        SettingsStore store = new SettingsStore(directories.settingsFile());
        Settings settings = store.load();
        SwingUtilities.invokeLater(() -> {
            UncaughtFailures.install();
            Themes.setUp(settings.theme);
            then.accept(new DesktopController(directories, store, settings, Clock.systemUTC(), () -> System.exit(0)));
        });
    }
}
