package io.p1vault.ui.entry;

import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;

import java.util.Arrays;
import java.util.List;

/**
 * One field of an entry form: its kind of input, its value (text, or a {@code char[]} for
 * secrets, never a String), and the error shown beside it. The key matches the field names of
 * {@link io.p1vault.model.InvalidEntryException}, so a service's complaint lands on its field.
 */
public final class FormField {
    public enum Type {
        TEXT,
        CHOICE,
        SECRET,
        CREDENTIAL,
        NOTES
    }

    private final String key;
    private final Type type;
    private final List<String> choices;
    private final String kindId;
    public final Property<String> text;
    public final Property<String> error = new Property<>(null);
    /** False while the field does not apply (an OAuth2 client ID for a server reached with a password). */
    public final Property<Boolean> shown = new Property<>(true);

    private char[] secret = new char[0];

    FormField(String kindId, String key, Type type, String initial, List<String> choices) {
        this.kindId = kindId;
        this.key = key;
        this.type = type;
        this.text = new Property<>(initial == null ? "" : initial);
        this.choices = choices;
        text.addListener(t -> error.set(null));
    }

    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    /** The label; a kind may name a field its own way ("Password" for a server's secret). */
    public String label() {
        String own = "form." + key + "." + kindId;
        return Messages.text(Messages.has(own) ? own : "form." + key);
    }

    /** A hint for the empty field, or null. */
    public String placeholder(boolean editing) {
        String k = "form." + key + (editing ? ".placeholderEdit" : ".placeholder");
        return Messages.has(k) ? Messages.text(k) : null;
    }

    /** The values a choice offers; their labels are {@link #choiceLabel}. */
    public List<String> choices() {
        return choices;
    }

    public String choiceLabel(String value) {
        String k = "choice." + key + "." + value;
        return Messages.has(k) ? Messages.text(k) : value;
    }

    /** Keeps a copy of {@code value}; the caller wipes its own array. */
    public void setSecret(char[] value) {
        wipe();
        secret = value.clone();
        error.set(null);
    }

    char[] secret() {
        return secret;
    }

    boolean secretEmpty() {
        return secret.length == 0;
    }

    void wipe() {
        Arrays.fill(secret, '\0');
        secret = new char[0];
    }
}
