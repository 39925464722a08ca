package io.p1vault.storage;

/**
 * Who may use the new file: POSIX permissions and owner, or where the file system has no POSIX
 * permissions (Windows) its access-control list (see {@link FileAccess}).
 */
public enum PermissionPolicy {
    /** {@code rw-------} or an ACL of the user alone, whatever the old file had: secrets stay private to the user. */
    OWNER_ONLY,
    /**
     * The permissions, owner and group (or the ACL) of the file being replaced (owner-only when
     * there is none), so a server that reads the file as another user still can.
     */
    KEEP_EXISTING
}
