package io.p1vault.ui;

import io.p1vault.ui.testing.GuiExtension;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import java.awt.Window;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.p1vault.ui.testing.RobotSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(GuiExtension.class)
class LookAndFeelUpdateTest {
    /** Counts the look-and-feel updates each component gets after it was built. */
    private final List<AtomicInteger> updates = new ArrayList<>();

    @Test
    void updatesEveryComponentOnceMenusAndPopupMenusIncludedThenRunsDone() {
        AtomicInteger doneWhenUpdated = new AtomicInteger(-1);
        GuiActionRunner.execute(() -> {
            List<Window> windows = List.of(window(), window());
            new LookAndFeelUpdate(windows, Duration.ofSeconds(1), () -> doneWhenUpdated.set(updatedOnce())).start();
        });

        waitFor("the update to finish", () -> doneWhenUpdated.get() >= 0);
        assertThat(doneWhenUpdated.get()).isEqualTo(updates.size());
        assertThat(updates).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void leavesTheEventThreadBetweenTurnsSoOtherEventsRunMeanwhile() {
        AtomicInteger updatedWhenOtherEventRan = new AtomicInteger(-1);
        AtomicInteger doneWhenUpdated = new AtomicInteger(-1);
        GuiActionRunner.execute(() -> {
            new LookAndFeelUpdate(List.of(window()), Duration.ZERO, () -> doneWhenUpdated.set(updatedOnce())).start();
            SwingUtilities.invokeLater(() -> updatedWhenOtherEventRan.set(updatedOnce()));
        });

        waitFor("the update to finish", () -> doneWhenUpdated.get() >= 0);
        // With no time per turn, each turn updates one component (the first: the frame itself), and
        // the event posted after the first turn runs before the second.
        assertThat(updatedWhenOtherEventRan.get()).isZero();
        assertThat(doneWhenUpdated.get()).isEqualTo(updates.size());
    }

    @Test
    void aCancelledUpdateStopsAfterItsCurrentTurnAndNeverRunsDone() throws Exception {
        AtomicInteger doneRuns = new AtomicInteger();
        GuiActionRunner.execute(() -> {
            LookAndFeelUpdate update =
                    new LookAndFeelUpdate(List.of(window()), Duration.ZERO, doneRuns::incrementAndGet);
            update.start();
            SwingUtilities.invokeLater(update::cancel);
        });
        // Each wait lets at most one more turn run: far more than the frame's components need.
        for (int i = 0; i < 100; i++) {
            SwingUtilities.invokeAndWait(() -> {});
        }

        assertThat(updatedOnce()).isZero();
        assertThat(doneRuns.get()).isZero();
    }

    private int updatedOnce() {
        return (int) updates.stream().filter(c -> c.get() == 1).count();
    }

    /** A frame with a menu, a panel and a button with a popup menu, every part of which counts its updates. */
    private JFrame window() {
        JFrame frame = new JFrame();
        JMenuBar bar = new JMenuBar();
        AtomicInteger file = counter();
        JMenu menu = new JMenu("File") {
            @Override
            public void updateUI() {
                super.updateUI();
                file.incrementAndGet();
            }
        };
        menu.add(item("Open"));
        bar.add(menu);
        frame.setJMenuBar(bar);
        AtomicInteger panelUpdates = counter();
        JPanel panel = new JPanel() {
            @Override
            public void updateUI() {
                super.updateUI();
                panelUpdates.incrementAndGet();
            }
        };
        AtomicInteger buttonUpdates = counter();
        JButton button = new JButton("Go") {
            @Override
            public void updateUI() {
                super.updateUI();
                buttonUpdates.incrementAndGet();
            }
        };
        JPopupMenu popup = new JPopupMenu();
        popup.add(item("Copy"));
        button.setComponentPopupMenu(popup);
        panel.add(button);
        frame.add(panel);
        // Only the updates from now on count, not those of building.
        updates.forEach(count -> count.set(0));
        return frame;
    }

    private JMenuItem item(String text) {
        AtomicInteger count = counter();
        return new JMenuItem(text) {
            @Override
            public void updateUI() {
                super.updateUI();
                count.incrementAndGet();
            }
        };
    }

    private AtomicInteger counter() {
        AtomicInteger count = new AtomicInteger();
        updates.add(count);
        return count;
    }
}
