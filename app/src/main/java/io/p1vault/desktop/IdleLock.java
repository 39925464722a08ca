package io.p1vault.desktop;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When an unlocked vault locks itself: a delay after the user's last activity (keyboard or
 * mouse in one of our windows). The front end reports activity and asks, once a second, whether
 * it is time; the clock is passed in so tests need not wait.
 */
public final class IdleLock {
    private Duration delay;
    private Instant lastActivity;

    /** {@code delay} zero means never. */
    public IdleLock(Duration delay, Instant now) {
        this.delay = delay;
        this.lastActivity = now;
    }

    public void activity(Instant now) {
        lastActivity = now;
    }

    public void setDelay(Duration delay, Instant now) {
        this.delay = delay;
        this.lastActivity = now;
    }

    public boolean enabled() {
        return !delay.isZero();
    }

    /** The time left before locking, or empty when auto-lock is off; never negative. */
    public Optional<Duration> remaining(Instant now) {
        if (!enabled()) {
            return Optional.empty();
        }
        Duration left = delay.minus(Duration.between(lastActivity, now));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    public boolean due(Instant now) {
        return remaining(now).map(Duration::isZero).orElse(false);
    }
}
