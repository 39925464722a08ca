package io.p1vault.vault;

import io.p1vault.model.HistoryRecord;

/**
 * Which history records say that an entry's secret was replaced: a new client secret or password
 * ({@link VaultEditor#replaceSecret}), or a gateway credential whose rotation finished (the old
 * entry then holds a revoked credential). A team's rotation plan reads them to know what a
 * removed member can no longer use. The words are written here and read here, so they cannot drift.
 */
public final class SecretHistory {
    static final String EDIT = "edit";
    static final String REPLACED = "replaced the ";
    static final String ROTATE = "rotate";
    static final String ROTATION_FINISHED = "finished: ";

    private SecretHistory() {}

    /** True when {@code record} says the secret of its entry ({@code record.entryId}) was replaced. */
    public static boolean replacesSecret(HistoryRecord record) {
        if (record.entryId == null || record.detail == null) {
            return false;
        }
        return EDIT.equals(record.action) && record.detail.startsWith(REPLACED)
                || ROTATE.equals(record.action) && record.detail.startsWith(ROTATION_FINISHED);
    }
}
