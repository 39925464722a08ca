package io.p1vault.ui.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A value a presenter exposes and a view (or an action's enabled state) follows. Free of Swing,
 * so presenters built on it are tested without a window; listeners run on the setting thread,
 * which in the application is the event thread. Each listener is registered until its
 * {@link Subscription} is closed.
 */
public final class Property<T> {
    private final List<Consumer<? super T>> listeners = new ArrayList<>();
    private T value;

    public Property(T initial) {
        this.value = initial;
    }

    public T get() {
        return value;
    }

    /** Sets the value and tells the listeners, if it changed. */
    public void set(T newValue) {
        if (!Objects.equals(value, newValue)) {
            value = newValue;
            List.copyOf(listeners).forEach(l -> l.accept(newValue));
        }
    }

    /** Calls {@code listener} on every change, until the returned subscription is closed. */
    public Subscription addListener(Consumer<? super T> listener) {
        // A wrapper per registration: the same lambda added twice is two subscriptions.
        Consumer<? super T> registered = listener::accept;
        listeners.add(registered);
        return () -> listeners.remove(registered);
    }

    /** Calls {@code listener} now with the current value, then on every change, until the subscription is closed. */
    public Subscription bind(Consumer<? super T> listener) {
        listener.accept(value);
        return addListener(listener);
    }

    /** How many listeners are registered: tests check that closed screens let go of a long-lived property. */
    public int listenerCount() {
        return listeners.size();
    }
}
