package io.p1vault.storage;

/**
 * Which POSIX permissions and owner the new file gets. On file systems without POSIX
 * permissions (Windows) both policies leave the platform defaults.
 */
public enum PermissionPolicy {
    /** {@code rw-------}, whatever the old file had: secrets stay private to the user. */
    OWNER_ONLY,
    /**
     * The permissions, owner and group of the file being replaced (owner-only when there is
     * none), so a server that reads the file as another user still can.
     */
    KEEP_EXISTING
}
