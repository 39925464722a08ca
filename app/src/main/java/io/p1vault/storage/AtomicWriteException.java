package io.p1vault.storage;

import io.p1vault.UserFacing;

import java.io.IOException;

/**
 * A save failed at one {@link Step}. Except for {@link FolderSyncException}, the target is
 * exactly as it was before the save and no temporary file is left behind. Messages name the
 * file and the cause, never the content.
 */
public class AtomicWriteException extends IOException implements UserFacing {

    /** Where the save stopped. */
    public enum Step {
        /** The target itself cannot be replaced: a folder, read-only, a broken link, no folder. */
        TARGET,
        CREATE_TEMP,
        WRITE,
        FLUSH,
        PERMISSIONS,
        BACKUP,
        RENAME,
        SYNC_FOLDER
    }

    private final Step step;

    public AtomicWriteException(Step step, String message, Throwable cause) {
        super(message, cause);
        this.step = step;
    }

    public Step step() {
        return step;
    }
}
