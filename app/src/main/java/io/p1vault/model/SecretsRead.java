package io.p1vault.model;

import com.fasterxml.jackson.databind.ObjectReader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The secrets one reading of JSON has made. A reading that is refused part-way, or an entry that
 * fails to bind after its secret was read, would otherwise leave those secrets to the collector
 * unwiped, out of reach of anything that could wipe them.
 */
public final class SecretsRead {
    private final List<Secret> made = new ArrayList<>();

    /** {@code reader}, with every secret it reads made known to this reading. */
    public ObjectReader into(ObjectReader reader) {
        return reader.withAttribute(SecretsRead.class, this);
    }

    /** Where the next secret will be, for {@link #wipeFrom(int)}. */
    public int mark() {
        return made.size();
    }

    /** Wipes the secrets read since {@code mark} (all of them from 0); wiping one twice is harmless. */
    public void wipeFrom(int mark) {
        for (Secret secret : made.subList(mark, made.size())) {
            secret.destroy();
        }
    }

    /** Every secret this reading made, wiped or not, in the order read. */
    public List<Secret> made() {
        return Collections.unmodifiableList(made);
    }

    void add(Secret secret) {
        made.add(secret);
    }
}
