package io.p1vault.storage;

import java.util.Objects;

/**
 * How {@link AtomicFileWriter} treats the previous version, the new file's permissions and a
 * target that is a symbolic link.
 *
 * @param followSymlinks write the file a symbolic link points to; off by default, because a link
 *                       planted by whoever can write the folder would redirect the save anywhere
 * @param keepBackups    how many {@link BackupPolicy#TIMESTAMPED} backups stay; older ones are deleted
 */
public record WriteOptions(BackupPolicy backup, PermissionPolicy permissions, boolean followSymlinks, int keepBackups) {
    public static final int DEFAULT_KEEP_BACKUPS = 5;

    public WriteOptions {
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(permissions, "permissions");
        if (keepBackups < 1) {
            throw new IllegalArgumentException("keep at least one backup, not " + keepBackups);
        }
    }

    /** Symbolic links refused, {@value #DEFAULT_KEEP_BACKUPS} backups kept. */
    public WriteOptions(BackupPolicy backup, PermissionPolicy permissions) {
        this(backup, permissions, false, DEFAULT_KEEP_BACKUPS);
    }

    public WriteOptions withFollowSymlinks(boolean follow) {
        return new WriteOptions(backup, permissions, follow, keepBackups);
    }

    public WriteOptions withKeepBackups(int keep) {
        return new WriteOptions(backup, permissions, followSymlinks, keep);
    }
}
