package io.p1vault.integrations;

import io.p1vault.runproperties.PropertiesEscapes;

import java.util.ArrayList;
import java.util.List;

/**
 * A properties file written in the order its lines were added (the order of the file it stands
 * for, not a hash order), with comments, escaped as {@link java.util.Properties} reads them.
 * Same input, same bytes: no date comment as {@code Properties.store} writes.
 */
final class OrderedProperties {
    private final List<String> lines = new ArrayList<>();

    OrderedProperties comment(String text) {
        lines.add("# " + text);
        return this;
    }

    OrderedProperties put(String key, String value) {
        lines.add(PropertiesEscapes.escapeKey(key) + "=" + PropertiesEscapes.escapeValue(value));
        return this;
    }

    char[] text() {
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString().toCharArray();
    }
}
