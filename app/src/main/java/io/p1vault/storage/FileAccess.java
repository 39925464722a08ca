package io.p1vault.storage;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;

/**
 * Makes files and folders private to the user running p1vault on every file system: POSIX
 * permissions ({@code rw-------}, {@code rwx------}) where the file system has them, else (Windows,
 * NTFS) an access-control list with one entry, the user's, and none inherited from the folder, so
 * groups the folder grants (Users, Authenticated Users, a domain's admins) cannot read it.
 *
 * <p>POSIX permissions are given at creation. An ACL is set right after creation, while the file
 * is still empty (Java's Windows file system could take it at creation, but not every file system
 * with ACLs can, and one way is one thing to test). Java cannot set Windows' "protected" flag, so
 * an administrator who later pushes a folder's ACL down with inheritance forced can add entries
 * back; nothing p1vault writes relies on that not happening for more than privacy.
 */
public final class FileAccess {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final FileAttribute<?>[] NONE = new FileAttribute<?>[0];

    private FileAccess() {}

    static boolean hasPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** ACLs decide who may read (Windows): the file system has them and no POSIX permissions. */
    static boolean hasAclOnly(Path path) {
        Set<String> views = path.getFileSystem().supportedFileAttributeViews();
        return views.contains("acl") && !views.contains("posix");
    }

    /** What to pass when creating {@code path}: owner-only POSIX permissions, or nothing where ACLs decide. */
    public static FileAttribute<?>[] atCreation(Path path, boolean folder) {
        return hasPosix(path)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(folder ? FOLDER : FILE)}
                : NONE;
    }

    /** After creating an empty {@code path}: the user's entry alone, where ACLs decide. */
    public static void restrictCreated(Path path, boolean folder) throws IOException {
        if (hasAclOnly(path)) {
            aclView(path).setAcl(ownerOnlyAcl(currentUser(path.getFileSystem()), folder));
        }
    }

    /** Makes an existing file (a backup, a log) or folder owner-only; a symbolic link is left alone. */
    public static void makeOwnerOnly(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return;
        }
        boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        if (hasPosix(path)) {
            Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .setPermissions(folder ? FOLDER : FILE);
        } else {
            restrictCreated(path, folder);
        }
    }

    /**
     * One entry allowing the user everything. On a folder it is inherited by what is created inside
     * (files and folders), so even files written by other code there start private.
     */
    static List<AclEntry> ownerOnlyAcl(UserPrincipal user, boolean folder) {
        AclEntry.Builder entry = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(user)
                .setPermissions(AclEntryPermission.values());
        if (folder) {
            entry.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        }
        return List.of(entry.build());
    }

    /** The account this process runs as, as the file system knows it. */
    static UserPrincipal currentUser(FileSystem fs) throws IOException {
        return fs.getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }

    private static AclFileAttributeView aclView(Path path) {
        return Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    }
}
