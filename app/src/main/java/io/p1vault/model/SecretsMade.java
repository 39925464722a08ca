package io.p1vault.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The secrets made on one thread while an operation runs. An operation refused part-way (a vault
 * or an export read up to a refusal, an entry that fails to bind after its secret was read)
 * would otherwise leave the secrets it made to the collector unwiped, out of reach of anything
 * that could wipe them; with a scope it can wipe them, and a test can see that it did. Scopes
 * nest: a secret is known to every scope open on the thread that made it.
 */
public final class SecretsMade implements AutoCloseable {
    private static final ThreadLocal<SecretsMade> INNERMOST = new ThreadLocal<>();

    private final SecretsMade outer;
    private final List<Secret> made = new ArrayList<>();

    private SecretsMade(SecretsMade outer) {
        this.outer = outer;
    }

    /** Opens a scope on this thread; close it on this thread, innermost first (try-with-resources). */
    public static SecretsMade onThisThread() {
        SecretsMade scope = new SecretsMade(INNERMOST.get());
        INNERMOST.set(scope);
        return scope;
    }

    /** Whatever {@code work} produces; every secret it made is wiped when it ends, returned or thrown. */
    public static <T> T wipedAfter(Supplier<T> work) {
        try (SecretsMade scope = onThisThread()) {
            try {
                return work.get();
            } finally {
                scope.wipeFrom(0);
            }
        }
    }

    static void add(Secret secret) {
        for (SecretsMade scope = INNERMOST.get(); scope != null; scope = scope.outer) {
            scope.made.add(secret);
        }
    }

    /** Where the next secret will be, for {@link #wipeFrom(int)}. */
    public int mark() {
        return made.size();
    }

    /** Wipes the secrets made since {@code mark} (all of them from 0); wiping one twice is harmless. */
    public void wipeFrom(int mark) {
        for (Secret secret : made.subList(mark, made.size())) {
            secret.destroy();
        }
    }

    /** Every secret made in this scope, wiped or not, in the order made. */
    public List<Secret> made() {
        return Collections.unmodifiableList(made);
    }

    @Override
    public void close() {
        if (INNERMOST.get() != this) {
            throw new IllegalStateException("secret scopes close on their own thread, innermost first");
        }
        if (outer == null) {
            INNERMOST.remove();
        } else {
            INNERMOST.set(outer);
        }
    }
}
