package io.p1vault.vault;

/** What an import does with an entry that conflicts with one already in the vault. */
public enum ConflictPolicy {
    /** Add the imported entry beside the existing one, renamed (and with a new id if needed). */
    KEEP_BOTH("keep-both"),
    /** Replace the existing entry with the imported one. */
    REPLACE("replace"),
    /** Leave the existing entry and drop the imported one. */
    SKIP("skip");

    private final String option;

    ConflictPolicy(String option) {
        this.option = option;
    }

    public String option() {
        return option;
    }
}
