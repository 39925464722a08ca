package io.p1vault.integrations;

import java.util.Arrays;
import java.util.List;

/**
 * A configuration document made from vault entries. Its text is a {@code char[]} because it may
 * hold a secret in clear ({@link #holdsSecret()}); whoever is done with it calls {@link #wipe()}.
 * The notes are what the user must still do or know (checklists, commands to run), never secrets.
 */
public final class GeneratedDocument {
    private final char[] text;
    private final boolean holdsSecret;
    private final List<String> notes;

    GeneratedDocument(char[] text, boolean holdsSecret, List<String> notes) {
        this.text = text;
        this.holdsSecret = holdsSecret;
        this.notes = List.copyOf(notes);
    }

    /** The document itself (not a copy); valid until {@link #wipe()}. */
    public char[] text() {
        return text;
    }

    public boolean holdsSecret() {
        return holdsSecret;
    }

    public List<String> notes() {
        return notes;
    }

    public void wipe() {
        Arrays.fill(text, '\0');
    }
}
