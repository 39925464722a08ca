package io.p1vault.vault;

import java.util.function.Predicate;

/** A name for a copy kept beside an entry, free among the names already taken. */
public final class FreeNames {
    private FreeNames() {}

    /** {@code "NAME (MARK)"}, else {@code "NAME (MARK 2)"}, {@code "NAME (MARK 3)"}… whichever is free first. */
    public static String free(String name, String mark, Predicate<String> taken) {
        String candidate = name + " (" + mark + ")";
        for (int i = 2; taken.test(candidate); i++) {
            candidate = name + " (" + mark + " " + i + ")";
        }
        return candidate;
    }
}
