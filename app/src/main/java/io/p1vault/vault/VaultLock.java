package io.p1vault.vault;

import io.p1vault.storage.FileAccess;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a vault to one process at a time: an OS file lock on {@code <vault>.lock}, which the OS
 * releases if the process dies, and the holder's description in the file for the message the
 * next process shows.
 */
final class VaultLock implements AutoCloseable {
    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private VaultLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path vault) {
        return vault.resolveSibling(vault.getFileName() + ".lock");
    }

    static VaultLock acquire(Path vault) throws IOException, VaultException {
        return acquire(
                vault,
                vault.getFileSystem()
                        .getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name")));
    }

    /** As {@link #acquire(Path)}, for the user {@code me}: tests pretend to be another user. */
    static VaultLock acquire(Path vault, UserPrincipal me) throws IOException, VaultException {
        Path file = lockFileOf(vault);
        // POSIX drops every lock a process holds on a file when it closes any descriptor of it,
        // so a second open in this JVM must be refused before touching the lock file.
        if (!HELD_IN_THIS_JVM.add(file)) {
            throw new VaultException(
                    VaultException.Reason.LOCKED,
                    "The vault " + vault + " is already open in this p1vault. Close it there first.");
        }
        try {
            return lock(vault, file, me);
        } catch (IOException | VaultException | RuntimeException e) {
            HELD_IN_THIS_JVM.remove(file);
            throw e;
        }
    }

    private static VaultLock lock(Path vault, Path file, UserPrincipal me) throws IOException, VaultException {
        FileChannel channel = openOwnLockFile(file, me);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = readHolder(channel);
            channel.close();
            throw new VaultException(
                    VaultException.Reason.LOCKED,
                    "The vault " + vault + " is open in another p1vault" + (holder.isEmpty() ? "" : " (" + holder + ")")
                            + ". Close it there first.");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new VaultLock(file, channel, lock);
    }

    /**
     * Opens the lock file without following a link (a planted {@code v.age.lock} pointing elsewhere
     * would otherwise be truncated), creating it owner-only, and refuses one that belongs to another
     * user, who could hold the lock to keep this user out of their own vault.
     */
    private static FileChannel openOwnLockFile(Path file, UserPrincipal me) throws IOException, VaultException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        Set<OpenOption> options = Set.of(
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, options, FileAccess.atCreation(file, false));
        } catch (IOException e) {
            // ELOOP arrives as a plain IOException ("NOFOLLOW_LINKS specified")
            if (Files.isSymbolicLink(file)) {
                throw new VaultException(
                        VaultException.Reason.LOCKED,
                        "The lock file " + file
                                + " is a symbolic link, which p1vault never follows; remove it and try again.");
            }
            throw e;
        }
        try {
            // Where ACLs decide (Windows) the owner check below has no reliable equivalent (an elevated
            // administrator's files may belong to the Administrators group): the user's entry alone
            // keeps other accounts from opening, and so from locking, the file.
            FileAccess.restrictCreated(file, false);
            if (posix) {
                UserPrincipal owner = Files.getOwner(file, LinkOption.NOFOLLOW_LINKS);
                if (!owner.equals(me)) {
                    throw new VaultException(
                            VaultException.Reason.LOCKED,
                            "The lock file " + file
                                    + " belongs to another user (" + owner.getName() + "); remove it if that user"
                                    + " should not hold this vault.");
                }
            }
            return channel;
        } catch (IOException | VaultException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(512);
        channel.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
    }

    private static String describeThisProcess() {
        // From the environment, not a DNS lookup, which can hang where name resolution is broken.
        String host =
                System.getenv().getOrDefault("HOSTNAME", System.getenv().getOrDefault("COMPUTERNAME", "this computer"));
        return "process " + ProcessHandle.current().pid() + " of " + System.getProperty("user.name") + " on " + host
                + ", since " + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
            HELD_IN_THIS_JVM.remove(file);
        }
    }
}
