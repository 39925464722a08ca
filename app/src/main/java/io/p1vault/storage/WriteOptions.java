package io.p1vault.storage;

import java.util.Objects;

/** How {@link AtomicFileWriter} treats the previous version and the new file's permissions. */
public record WriteOptions(BackupPolicy backup, PermissionPolicy permissions) {
    public WriteOptions {
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(permissions, "permissions");
    }
}
