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

/** Real file operations; tests override the one step they want to fail. */
class ForwardingFileOps implements FileOps {
    private final FileOps real = new RealFileOps();

    @Override
    public FileChannel createNew(Path file) throws IOException {
        return real.createNew(file);
    }

    @Override
    public OutputStream outputStream(FileChannel channel) {
        return real.outputStream(channel);
    }

    @Override
    public void force(FileChannel channel) throws IOException {
        real.force(channel);
    }

    @Override
    public void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
        real.setPermissions(file, permissions);
    }

    @Override
    public void setOwner(Path file, UserPrincipal owner) throws IOException {
        real.setOwner(file, owner);
    }

    @Override
    public void setGroup(Path file, GroupPrincipal group) throws IOException {
        real.setGroup(file, group);
    }

    @Override
    public void setAcl(Path file, List<AclEntry> acl) throws IOException {
        real.setAcl(file, acl);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        real.createLink(link, existing);
    }

    @Override
    public void copy(Path source, Path target) throws IOException {
        real.copy(source, target);
    }

    @Override
    public void moveAtomically(Path source, Path target) throws IOException {
        real.moveAtomically(source, target);
    }

    @Override
    public void moveNoReplace(Path source, Path target) throws IOException {
        real.moveNoReplace(source, target);
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
        real.syncDirectory(dir);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        real.deleteIfExists(file);
    }
}
