package io.p1vault.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that only the user can reach a file or folder, the way its file system expresses it: POSIX
 * permissions (Linux, macOS) or, where there are none, an ACL holding the user's entry alone (Windows).
 */
public final class OwnerOnly {
    private OwnerOnly() {}

    public static void assertOwnerOnly(Path path) throws IOException {
        boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)))
                    .as(path.toString())
                    .isEqualTo(folder ? "rwx------" : "rw-------");
            return;
        }
        List<AclEntry> acl = Files.getFileAttributeView(path, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .getAcl();
        assertThat(acl).as(path.toString()).hasSize(1);
        AclEntry only = acl.get(0);
        assertThat(only.principal()).isEqualTo(currentUser(path));
        assertThat(only.type()).isEqualTo(AclEntryType.ALLOW);
        assertThat(only.permissions()).containsExactlyInAnyOrder(AclEntryPermission.values());
        assertThat(only.flags())
                .isEqualTo(folder ? Set.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT) : Set.of());
    }

    private static UserPrincipal currentUser(Path anywhere) throws IOException {
        return anywhere.getFileSystem()
                .getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
    }
}
