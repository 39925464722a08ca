package io.p1vault.model;

/**
 * An entry of a kind written by a newer version: shown by name, never edited, saved back exactly
 * as read (all its fields live in {@link #extra()}).
 */
public final class UnknownEntry extends Entry {
    @Override
    public EntryKind knownKind() {
        return null;
    }

    @Override
    public Secret secret() {
        return null;
    }
}
