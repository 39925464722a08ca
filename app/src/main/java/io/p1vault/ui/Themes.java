package io.p1vault.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatAnimatedLafChange;
import io.p1vault.desktop.Settings;
import io.p1vault.desktop.SystemTheme;
import io.p1vault.ui.base.HtmlGuard;

import javax.swing.SwingWorker;
import java.awt.Window;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** Light and dark FlatLaf themes, with the application's own defaults from {@code io/p1vault/ui/themes}. */
public final class Themes {
    /** How long one event-thread turn of a theme switch may spend updating components. */
    private static final Duration TURN = Duration.ofMillis(15);

    private static boolean systemDark;
    private static LookAndFeelUpdate update;

    private Themes() {}

    /** Sets the look and feel before the first window; "follow the system" starts light until it is known. */
    public static void setUp(Settings.Theme theme) {
        FlatLaf.registerCustomDefaultsSource("io.p1vault.ui.themes");
        install(dark(theme));
    }

    /**
     * Switches the theme of every window, with FlatLaf's cross-fade: the windows that show are
     * updated under a snapshot of their old look, which then fades; closed ones (a dialog may be
     * shown again) after that. Returns before the windows are updated (see {@link LookAndFeelUpdate}).
     */
    public static void switchTo(Settings.Theme theme) {
        boolean dark = dark(theme);
        if (dark == FlatLaf.isLafDark()) {
            return;
        }
        if (update != null) {
            update.cancel();
            FlatAnimatedLafChange.stop();
        }
        FlatAnimatedLafChange.showSnapshot();
        install(dark);
        Map<Boolean, List<Window>> byShowing =
                Arrays.stream(Window.getWindows()).collect(Collectors.partitioningBy(Window::isShowing));
        update = new LookAndFeelUpdate(byShowing.get(true), TURN, () -> {
            FlatAnimatedLafChange.hideSnapshotWithAnimation();
            update = new LookAndFeelUpdate(byShowing.get(false), TURN, () -> update = null);
            update.start();
        });
        update.start();
    }

    /** Whether a theme switch is still updating windows. */
    static boolean switching() {
        return update != null;
    }

    /**
     * Asks the system for its preference off the event thread (it runs a small process) and
     * switches when it differs; {@code current} is read again then, in case the user chose meanwhile.
     */
    public static void followSystem(java.util.function.Supplier<Settings.Theme> current) {
        new SwingWorker<Boolean, Void>() {
            @Override
            protected Boolean doInBackground() {
                return SystemTheme.prefersDark();
            }

            @Override
            protected void done() {
                try {
                    systemDark = get();
                } catch (InterruptedException | ExecutionException e) {
                    return;
                }
                if (current.get() == Settings.Theme.SYSTEM) {
                    switchTo(Settings.Theme.SYSTEM);
                }
            }
        }.execute();
    }

    private static boolean dark(Settings.Theme theme) {
        return theme == Settings.Theme.DARK || theme == Settings.Theme.SYSTEM && systemDark;
    }

    private static void install(boolean dark) {
        if (dark) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        HtmlGuard.install();
    }
}
