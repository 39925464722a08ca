package io.p1vault.vault;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The filter behind the GUI's search field and the command line's listing: a case-insensitive
 * substring of an entry's name, its kind's display name or its notes. Secrets and other fields
 * are never searched, so typing part of a secret cannot reveal which entry holds it.
 */
public final class VaultSearch {
    private VaultSearch() {}

    /**
     * The entries that match {@code query}, in the order given (the vault's order). A blank query
     * matches everything; surrounding spaces are ignored, as a search field's user expects.
     */
    public static List<Entry> filter(List<? extends Entry> entries, String query) {
        String needle = query == null ? "" : query.strip();
        if (needle.isEmpty()) {
            return new ArrayList<>(entries);
        }
        char[] folded = new char[needle.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(needle.charAt(i));
        }
        // A handful of kinds: decide each kind name once rather than once per entry.
        Map<String, Boolean> kindMatches = new HashMap<>();
        List<Entry> matches = new ArrayList<>();
        for (Entry entry : entries) {
            if (contains(entry.getName(), folded)
                    || kindMatches.computeIfAbsent(kindName(entry), name -> contains(name, folded))
                    || contains(entry.getNotes(), folded)) {
                matches.add(entry);
            }
        }
        return matches;
    }

    /** The display name of a known kind; for a kind from a newer version, its id stands in. */
    private static String kindName(Entry entry) {
        EntryKind kind = entry.knownKind();
        return kind != null ? kind.displayName() : entry.getKind();
    }

    /**
     * Whether {@code text} contains the folded needle. A search field filters on every keystroke,
     * so this neither lower-cases copies of 100 000 names nor calls {@code regionMatches} at every
     * position: it scans for the needle's first char and compares the rest in place.
     */
    private static boolean contains(String text, char[] needle) {
        if (text == null) {
            return false;
        }
        char first = needle[0];
        int last = text.length() - needle.length;
        next:
        for (int i = 0; i <= last; i++) {
            if (fold(text.charAt(i)) != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (fold(text.charAt(i + j)) != needle[j]) {
                    continue next;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Case folding char by char, as {@link String#equalsIgnoreCase} does (upper, then lower), so it
     * does not depend on the default locale (no Turkish dotless i); ASCII takes a shortcut.
     */
    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
