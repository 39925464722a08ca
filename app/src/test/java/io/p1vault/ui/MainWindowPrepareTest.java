package io.p1vault.ui;

import io.p1vault.desktop.AppDirectories;
import io.p1vault.ui.main.MainWindow;
import io.p1vault.ui.testing.GuiExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(GuiExtension.class)
class MainWindowPrepareTest {
    @TempDir
    Path dir;

    @Test
    void preparingToShowPaintsEachPanelOffScreenAndLeavesTheWindowHiddenOnTheSessionsPanel() throws Exception {
        DesktopController app = new DesktopController(new AppDirectories(dir, dir), Clock.systemUTC(), () -> {});
        AtomicReference<MainWindow> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            app.session().file.set(dir.resolve("vault.age"));
            window.set(new MainWindow(app.presenter(), app.actions(), e -> {}));
            window.get().prepareToShow();
        });
        // The off-screen paints were queued behind this event; they have run once it runs.
        SwingUtilities.invokeAndWait(() -> {});
        SwingUtilities.invokeAndWait(() -> {
            MainWindow w = window.get();
            try {
                assertThat(w.isDisplayable()).as("its native window exists").isTrue();
                assertThat(w.isShowing()).as("still hidden").isFalse();
                assertThat(onItsShownPanel(find(w, "locked.file")))
                        .as("back on the locked panel, the last painted being the welcome one")
                        .isTrue();
                assertThat(onItsShownPanel(find(w, "split"))).isFalse();
            } finally {
                w.dispose();
            }
        });
    }

    private static boolean onItsShownPanel(Component c) {
        for (Component p = c; p != null && !(p instanceof JFrame); p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container child) {
                Component found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
