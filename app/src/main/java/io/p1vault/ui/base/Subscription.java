package io.p1vault.ui.base;

/**
 * A listener's registration on a {@link Property}; closing it removes the listener. Whatever
 * subscribes to something that outlives it (a dialog's presenter to the session) closes its
 * subscriptions when it goes away, else every closed dialog would stay registered, and reachable.
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    /** Removes the listener; closing twice is harmless. */
    @Override
    void close();

    /** One subscription that closes all of {@code parts}. */
    static Subscription all(Subscription... parts) {
        return () -> {
            for (Subscription part : parts) {
                part.close();
            }
        };
    }
}
