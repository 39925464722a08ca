package io.p1vault.ui;

import io.p1vault.desktop.IdleLock;
import io.p1vault.ui.main.StatusBar;
import io.p1vault.ui.session.VaultSession;

import javax.swing.Timer;
import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The desktop's clock-driven duties, on one timer four times a second: locks the vault after the
 * idle delay (any key or mouse event in any window is activity), shows the time left in the
 * status bar, and runs what was scheduled (the clipboard's clearing). All of it reads the given
 * clock, so tests move time instead of waiting.
 */
final class IdleGuard {
    private final Clock clock;
    private final VaultSession session;
    private final Runnable lockNow;
    private final IdleLock idleLock;
    private final List<Scheduled> scheduled = new ArrayList<>();
    private final AWTEventListener activity = e -> activity();
    private StatusBar statusBar;
    private Timer ticker;

    private record Scheduled(Instant due, Runnable task) {}

    /** {@code lockNow} locks without asking (it saves unsaved changes first). */
    IdleGuard(Clock clock, Duration delay, VaultSession session, Runnable lockNow) {
        this.clock = clock;
        this.session = session;
        this.lockNow = lockNow;
        this.idleLock = new IdleLock(delay, clock.instant());
    }

    /** Starts watching input and ticking; call on the event thread once the window shows. */
    void start(StatusBar bar) {
        statusBar = bar;
        Toolkit.getDefaultToolkit().addAWTEventListener(activity, AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        ticker = new Timer(250, e -> tick());
        ticker.start();
    }

    void stop() {
        if (ticker != null) {
            ticker.stop();
        }
        Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
    }

    /** The user did something (or a vault was just opened): the idle delay starts again. */
    void activity() {
        idleLock.activity(clock.instant());
    }

    void setDelay(Duration delay) {
        idleLock.setDelay(delay, clock.instant());
    }

    /** Runs {@code task} on a tick once {@code delay} has passed; the returned runnable cancels it. */
    Runnable schedule(Duration delay, Runnable task) {
        Scheduled s = new Scheduled(clock.instant().plus(delay), task);
        scheduled.add(s);
        return () -> scheduled.remove(s);
    }

    private void tick() {
        Instant now = clock.instant();
        for (Scheduled s : List.copyOf(scheduled)) {
            if (!now.isBefore(s.due())) {
                scheduled.remove(s);
                s.task().run();
            }
        }
        boolean open = session.vault.get() != null;
        statusBar.showAutoLock(open ? idleLock.remaining(now) : Optional.empty());
        if (open && !session.busy.get() && idleLock.due(now)) {
            lockNow.run();
        }
    }
}
