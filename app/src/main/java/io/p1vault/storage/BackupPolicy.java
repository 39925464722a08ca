package io.p1vault.storage;

/** Which copy of the previous version {@link AtomicFileWriter} keeps beside the target. */
public enum BackupPolicy {
    /** No backup. */
    NONE,
    /** {@code <name>.bak}, replaced on every save. */
    SINGLE,
    /**
     * {@code <name>.<yyyyMMdd-HHmmss>.bak} (with {@code -1}, {@code -2}, … when that name is
     * taken); an existing backup is never overwritten.
     */
    TIMESTAMPED
}
