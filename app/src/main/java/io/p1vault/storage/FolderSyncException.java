package io.p1vault.storage;

/**
 * The new file replaced the old one, but the folder could not be synced to disk, so after a
 * system crash the old version may reappear (never a broken one). Unlike other save failures
 * the target has changed: {@link #result()} describes it, so the caller can carry on with the
 * new snapshot instead of reporting a conflict on its next save.
 */
public final class FolderSyncException extends AtomicWriteException {
    private final transient WriteResult result;

    public FolderSyncException(String message, Throwable cause, WriteResult result) {
        super(Step.SYNC_FOLDER, message, cause);
        this.result = result;
    }

    public WriteResult result() {
        return result;
    }
}
