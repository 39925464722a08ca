package io.p1vault.vault.merge;

import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.VisibleText;

import java.util.UUID;

/**
 * A change of one side that a merge cannot combine with the other side's; it names where (entry
 * and field), never the values.
 *
 * @param entryId the entry's id; null for a conflict outside the entries (a member, a document field)
 *     or an entry kept as read whose id cannot be read
 * @param entryName the entry's (or member's) name as stored, null outside the entries and members;
 *     {@link #describe()} makes it safe to show
 * @param field the field both sides changed; null when the whole entry conflicts
 *     ({@link Kind#EDIT_DELETE}, {@link Kind#BOTH_ADDED})
 * @param kind what both sides did
 */
public record MergeConflict(UUID entryId, String entryName, String field, Kind kind) {
    public enum Kind {
        /** Both sides changed the same field to different values. */
        BOTH_CHANGED,
        /** One side changed the entry, the other removed it. */
        EDIT_DELETE,
        /** Both sides added an entry with the same id, differently. */
        BOTH_ADDED
    }

    /** One line for a person: what conflicts and where, with the name's control characters made visible. */
    public String describe() {
        String what = switch (kind) {
            case BOTH_CHANGED -> "changed on both sides";
            case EDIT_DELETE -> "changed on one side and removed on the other";
            case BOTH_ADDED -> "added on both sides, differently";
        };
        String where = entryName == null
                ? "the document"
                : "\"" + VisibleText.shortened(entryName, EntryRules.MAX_NAME) + "\"";
        return where + (field == null ? "" : " (field " + VisibleText.shortened(field, FIELD_SHOWN) + ")") + ": "
                + what;
    }

    private static final int FIELD_SHOWN = 60;
}
