package io.p1vault.runproperties;

import java.util.Objects;

/** One change to run.properties. */
public sealed interface Edit permits Edit.Assign, Edit.Remove {

    String key();

    static Edit set(String key, String value) {
        return new Assign(key, value);
    }

    static Edit unset(String key) {
        return new Remove(key);
    }

    /** Give {@code key} the value {@code value} (as Properties reads it: no escaping needed). */
    record Assign(String key, String value) implements Edit {
        public Assign {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Remove every line setting {@code key}. */
    record Remove(String key) implements Edit {
        public Remove {
            Objects.requireNonNull(key, "key");
        }
    }
}
