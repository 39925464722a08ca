package io.p1vault.runproperties;

import java.util.Optional;

/**
 * One key of a run.properties with its effective value, for a front end's list of all
 * properties.
 *
 * @param key     the key
 * @param value   the value PingFederate reads (the last line setting the key)
 * @param setting the typed setting behind the key, if p1vault knows it
 * @param verdict the typed check of the value; a plain OK for untyped keys
 */
public record PropertyStatus(String key, String value, Optional<KnownSetting> setting, Verdict verdict) {

    public boolean typed() {
        return setting.isPresent();
    }
}
