package io.p1vault.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;

/** {@link FileOps} on the real file system. */
final class RealFileOps implements FileOps {
    @Override
    public FileChannel createNew(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileChannel channel = FileChannel.open(file, options, FileAccess.atCreation(file, false));
        try {
            FileAccess.restrictCreated(file, false);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public OutputStream outputStream(FileChannel channel) {
        return Channels.newOutputStream(channel);
    }

    @Override
    public void force(FileChannel channel) throws IOException {
        channel.force(true);
    }

    @Override
    public void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
        // Without following links the JDK opens the file with O_NOFOLLOW and uses fchmod.
        view(file).setPermissions(permissions);
    }

    @Override
    public void setOwner(Path file, UserPrincipal owner) throws IOException {
        view(file).setOwner(owner);
    }

    @Override
    public void setGroup(Path file, GroupPrincipal group) throws IOException {
        view(file).setGroup(group);
    }

    @Override
    public void setAcl(Path file, List<AclEntry> acl) throws IOException {
        Files.getFileAttributeView(file, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setAcl(acl);
    }

    /** Attributes of the file itself: a link planted in its place is changed, never its target. */
    private static PosixFileAttributeView view(Path file) {
        return Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        Files.createLink(link, existing);
    }

    @Override
    public void copy(Path source, Path target) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = createNew(target)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                done += out.transferFrom(in, done, size - done);
            }
            out.force(true);
        }
    }

    @Override
    public void moveAtomically(Path source, Path target) throws IOException {
        // The JDK replaces an existing target with ATOMIC_MOVE alone; other providers (in-memory ones) need both.
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void moveNoReplace(Path source, Path target) throws IOException {
        Files.move(source, target);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a file (its renames are durable without this): its
            // file systems are the ones without POSIX permissions. Everywhere else a failure
            // means the rename may not survive a crash.
            if (FileAccess.hasPosix(dir)) {
                throw e;
            }
        }
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
