package io.p1vault.vault.merge;

/** The user's choice for one {@link MergeConflict}, the same three an import offers. */
public enum Resolution {
    /** Keep this side's version (for an entry one side deleted: as this side left it). */
    KEEP_MINE,
    /** Take the other side's version (for an entry one side deleted: as the other side left it). */
    TAKE_THEIRS,
    /**
     * Keep both: theirs is added as a copy with a new id and a "(theirs)" name; for an entry one side
     * deleted, the edited entry is kept. For a conflict outside the entries it keeps mine.
     */
    KEEP_BOTH
}
