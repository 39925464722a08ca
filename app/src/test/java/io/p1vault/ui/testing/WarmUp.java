package io.p1vault.ui.testing;

import io.p1vault.desktop.AppDirectories;
import io.p1vault.model.EntryKind;
import io.p1vault.ui.DesktopController;
import io.p1vault.ui.entry.EntryDialog;
import io.p1vault.ui.entry.EntryForm;
import io.p1vault.ui.main.MainWindow;

import javax.swing.JComponent;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Builds and paints the main windows once, off screen, so class loading is not counted as blocking. */
final class WarmUp {
    private WarmUp() {}

    static void buildWindows() {
        try {
            Path dir = Files.createTempDirectory("p1vault-warmup");
            DesktopController app = new DesktopController(new AppDirectories(dir, dir), Clock.systemUTC(), () -> {});
            MainWindow window = new MainWindow(app.presenter(), app.actions(), e -> {});
            paint(window);
            // Load what the dark theme adds, as a theme switch in a test would on first use.
            com.formdev.flatlaf.FlatDarkLaf.setup();
            javax.swing.SwingUtilities.updateComponentTreeUI(window);
            paint(window);
            com.formdev.flatlaf.FlatLightLaf.setup();
            javax.swing.SwingUtilities.updateComponentTreeUI(window);
            for (EntryKind kind : EntryKind.values()) {
                paint(new EntryDialog(window, EntryForm.adding(kind, app.session())));
            }
            paint(new io.p1vault.ui.runprops.RunPropertiesDialog(window, app.runProperties()));
            window.dispose();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void paint(Window w) {
        w.pack();
        BufferedImage image =
                new BufferedImage(Math.max(1, w.getWidth()), Math.max(1, w.getHeight()), BufferedImage.TYPE_INT_ARGB);
        ((JComponent) ((javax.swing.RootPaneContainer) w).getContentPane()).paint(image.getGraphics());
        w.dispose();
    }
}
