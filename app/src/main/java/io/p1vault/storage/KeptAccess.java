package io.p1vault.storage;

import io.p1vault.storage.AtomicWriteException.Step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;

/**
 * Who may use the file being replaced, for {@link PermissionPolicy#KEEP_EXISTING}: its POSIX
 * owner, group and permissions, or (Windows) its access-control list, given to the new file so a
 * server that reads it as another account still can.
 */
abstract class KeptAccess {
    /** What to keep of {@code file}, or {@code null} when the new file stays owner-only. */
    static KeptAccess of(Path file, boolean exists, PermissionPolicy policy) throws IOException {
        if (!exists || policy != PermissionPolicy.KEEP_EXISTING) {
            return null;
        }
        if (FileAccess.hasPosix(file)) {
            return new Posix(Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        }
        if (FileAccess.hasAclOnly(file)) {
            return new Acl(Files.getFileAttributeView(file, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .getAcl());
        }
        return null;
    }

    /** Gives the temporary file what the old one had; each change only while it is still the file created. */
    final void applyTo(TempIdentity identity, FileOps ops, Path file, String unchanged) throws AtomicWriteException {
        try {
            identity.require();
            apply(identity, ops);
        } catch (AtomicWriteException e) {
            throw e;
        } catch (IOException e) {
            throw new AtomicWriteException(
                    Step.PERMISSIONS,
                    "could not give the new " + file + " the " + describe() + " of the old one (" + IoErrors.reason(e)
                            + "); " + unchanged,
                    e);
        }
    }

    abstract void apply(TempIdentity identity, FileOps ops) throws IOException;

    abstract String describe();

    private static final class Posix extends KeptAccess {
        private final PosixFileAttributes keep;

        Posix(PosixFileAttributes keep) {
            this.keep = keep;
        }

        /**
         * The owner and group are only changed when they differ, because only root may change them:
         * a user saving a file they own must not fail, while silently changing who owns a server's
         * file must. Owner and group before permissions: chown may clear set-id bits.
         */
        @Override
        void apply(TempIdentity identity, FileOps ops) throws IOException {
            Path temp = identity.path();
            PosixFileAttributes now = Files.readAttributes(temp, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!now.owner().equals(keep.owner())) {
                ops.setOwner(temp, keep.owner());
            }
            identity.require();
            if (!now.group().equals(keep.group())) {
                ops.setGroup(temp, keep.group());
            }
            identity.require();
            ops.setPermissions(temp, keep.permissions());
        }

        @Override
        String describe() {
            return "owner (" + keep.owner().getName() + ":" + keep.group().getName() + ") and permissions";
        }
    }

    private static final class Acl extends KeptAccess {
        private final List<AclEntry> keep;

        Acl(List<AclEntry> keep) {
            this.keep = List.copyOf(keep);
        }

        @Override
        void apply(TempIdentity identity, FileOps ops) throws IOException {
            ops.setAcl(identity.path(), keep);
        }

        @Override
        String describe() {
            return "access-control list";
        }
    }
}
