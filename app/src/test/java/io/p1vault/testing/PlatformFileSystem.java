package io.p1vault.testing;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

import java.nio.file.FileSystem;
import java.nio.file.Path;

/**
 * In-memory file systems that behave like Windows' and macOS's where the storage layer looks:
 * Windows paths and drive roots, case-insensitive names, ACLs and DOS attributes but no POSIX
 * permissions; macOS with POSIX permissions and Unix attributes. The user's folders have a space
 * and non-ASCII letters in them, as many real ones do.
 */
public enum PlatformFileSystem {
    WINDOWS("Windows (NTFS-like: ACLs, no POSIX)") {
        @Override
        Configuration configuration() {
            return Configuration.windows().toBuilder()
                    .setAttributeViews("basic", "owner", "dos", "acl", "user")
                    .build();
        }

        @Override
        public Path home(FileSystem fs) {
            return fs.getPath("C:\\Users\\Zoë Müller");
        }
    },
    MACOS("macOS (APFS-like: POSIX)") {
        @Override
        Configuration configuration() {
            return Configuration.osX().toBuilder()
                    .setAttributeViews("basic", "owner", "posix", "unix")
                    .build();
        }

        @Override
        public Path home(FileSystem fs) {
            return fs.getPath("/Users/zoë müller");
        }
    };

    private final String label;

    PlatformFileSystem(String label) {
        this.label = label;
    }

    abstract Configuration configuration();

    /** The user's home folder in {@code fs} (not created). */
    public abstract Path home(FileSystem fs);

    public FileSystem open() {
        return Jimfs.newFileSystem(configuration());
    }

    @Override
    public String toString() {
        return label;
    }
}
