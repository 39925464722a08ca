package io.p1vault.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;

/**
 * The file-system steps of {@link AtomicFileWriter}, one method each, so tests can make any
 * single step fail and check that nothing is lost.
 */
interface FileOps {

    /** Creates a new file (failing if it exists) for writing, owner-only before anything is written ({@link FileAccess}). */
    FileChannel createNew(Path file) throws IOException;

    /** The stream the content is written through. */
    OutputStream outputStream(FileChannel channel);

    /** Flushes content and metadata to the device. */
    void force(FileChannel channel) throws IOException;

    void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException;

    void setOwner(Path file, UserPrincipal owner) throws IOException;

    void setGroup(Path file, GroupPrincipal group) throws IOException;

    /** Replaces the file's access-control list (file systems where ACLs decide, Windows). */
    void setAcl(Path file, List<AclEntry> acl) throws IOException;

    /** Hard link; may be unsupported by the file system or refused by its hardlink policy. */
    void createLink(Path link, Path existing) throws IOException;

    /** Copies {@code source} to a new owner-only file {@code target} and flushes it. */
    void copy(Path source, Path target) throws IOException;

    /** Renames atomically, replacing {@code target}; never falls back to copying. */
    void moveAtomically(Path source, Path target) throws IOException;

    /** Renames, failing with {@code FileAlreadyExistsException} if {@code target} exists. */
    void moveNoReplace(Path source, Path target) throws IOException;

    /** Makes the folder's entries (a rename) durable. */
    void syncDirectory(Path dir) throws IOException;

    void deleteIfExists(Path file) throws IOException;
}
