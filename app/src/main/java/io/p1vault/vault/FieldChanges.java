package io.p1vault.vault;

import io.p1vault.model.Entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The field changes of one edit, applied together; the history names the fields, never values. */
final class FieldChanges {
    private final List<String> fields = new ArrayList<>();
    private final List<Runnable> setters = new ArrayList<>();

    void set(String field, String old, String value, Consumer<String> setter) {
        if (!Objects.equals(old, value)) {
            fields.add(field);
            setters.add(() -> setter.accept(value));
        }
    }

    /** Applies every change to {@code entry} and records them; nothing is recorded when no field changed. */
    void applyTo(Vault vault, Entry entry) throws VaultException {
        if (fields.isEmpty()) {
            return;
        }
        vault.requireWritable();
        setters.forEach(Runnable::run);
        VaultEditor.touch(entry);
        vault.recordChange("edit", entry.getId(), "\"" + entry.getName() + "\": " + String.join(", ", fields));
    }
}
