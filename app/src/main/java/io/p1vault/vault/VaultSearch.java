package io.p1vault.vault;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;

import java.util.ArrayList;
import java.util.List;

/**
 * The filter behind the GUI's search field and the command line's listing: a case-insensitive
 * substring of an entry's name, its kind's display name or its notes. Secrets and other fields
 * are never searched, so typing part of a secret cannot reveal which entry holds it.
 */
public final class VaultSearch {
    private VaultSearch() {
    }

    /**
     * The entries that match {@code query}, in the order given (the vault's order). A blank query
     * matches everything; surrounding spaces are ignored, as a search field's user expects.
     */
    public static List<Entry> filter(List<? extends Entry> entries, String query) {
        String needle = query == null ? "" : query.strip();
        List<Entry> matches = new ArrayList<>(needle.isEmpty() ? entries.size() : 16);
        for (Entry entry : entries) {
            if (matches(entry, needle)) {
                matches.add(entry);
            }
        }
        return matches;
    }

    private static boolean matches(Entry entry, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        EntryKind kind = entry.knownKind();
        // An entry of a kind from a newer version has no display name here; its kind id stands in.
        String kindName = kind != null ? kind.displayName() : entry.getKind();
        return containsIgnoreCase(entry.getName(), needle)
                || containsIgnoreCase(kindName, needle)
                || containsIgnoreCase(entry.getNotes(), needle);
    }

    /**
     * Case-insensitive {@code contains} without lower-casing copies: a search field filters on
     * every keystroke, and 100 000 names would otherwise mean 100 000 new strings each time.
     * {@link String#regionMatches(boolean, int, String, int, int) regionMatches} folds case char
     * by char (upper, then lower), so it does not depend on the default locale (no Turkish i).
     */
    private static boolean containsIgnoreCase(String text, String needle) {
        if (text == null) {
            return false;
        }
        int last = text.length() - needle.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }
}
