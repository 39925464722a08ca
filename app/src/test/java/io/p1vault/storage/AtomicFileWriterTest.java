package io.p1vault.storage;

import io.p1vault.UserFacing;
import io.p1vault.storage.AtomicWriteException.Step;
import io.p1vault.testing.NeedsPosixPermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@NeedsPosixPermissions
class AtomicFileWriterTest {
    private static final byte[] OLD = "old content\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new content, longer than the old one\n".getBytes(StandardCharsets.UTF_8);
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
    private static final WriteOptions VAULT = new WriteOptions(BackupPolicy.SINGLE, PermissionPolicy.OWNER_ONLY);
    private static final WriteOptions RUN_PROPERTIES =
            new WriteOptions(BackupPolicy.TIMESTAMPED, PermissionPolicy.KEEP_EXISTING);
    private static final ReadBackCheck ACCEPT = temp -> {};

    @TempDir
    Path dir;

    private Path file;
    private FileSnapshot oldSnapshot;

    private void givenOldFile(String permissions) throws IOException {
        file = dir.resolve("data.txt");
        Files.write(file, OLD);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        oldSnapshot = FileSnapshot.of(file);
    }

    private static WriteResult write(
            AtomicFileWriter writer, Path target, FileSnapshot expected, WriteOptions options, byte[] content)
            throws IOException {
        return writer.write(target, expected, options, out -> out.write(content), ACCEPT);
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- successful saves -------------------------------------------------------------------

    @Test
    void createsNewFileOwnerOnlyWithoutBackup() throws IOException {
        Path target = dir.resolve("vault.age");

        WriteResult result = write(new AtomicFileWriter(), target, null, VAULT, NEW);

        assertThat(Files.readAllBytes(target)).isEqualTo(NEW);
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(result.backup()).isEmpty();
        assertThat(result.file()).isEqualTo(target.toRealPath());
        assertThat(entries()).containsExactly("vault.age");
    }

    @Test
    void resultSnapshotDescribesNewFileForTheNextSave() throws IOException {
        givenOldFile("rw-------");
        AtomicFileWriter writer = new AtomicFileWriter();

        WriteResult first = write(writer, file, oldSnapshot, VAULT, NEW);
        assertThat(first.snapshot()).isEqualTo(FileSnapshot.of(file));

        write(writer, file, first.snapshot(), VAULT, OLD);
        assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
    }

    @Test
    void singleBackupHoldsThePreviousVersionAndIsReplacedEachTime() throws IOException {
        givenOldFile("rw-------");
        AtomicFileWriter writer = new AtomicFileWriter();

        WriteResult first = write(writer, file, oldSnapshot, VAULT, NEW);
        assertThat(first.backup()).contains(dir.resolve("data.txt.bak"));
        assertThat(Files.readAllBytes(dir.resolve("data.txt.bak"))).isEqualTo(OLD);

        byte[] third = "third\n".getBytes(StandardCharsets.UTF_8);
        write(writer, file, first.snapshot(), VAULT, third);
        assertThat(Files.readAllBytes(dir.resolve("data.txt.bak"))).isEqualTo(NEW);
        assertThat(Files.readAllBytes(file)).isEqualTo(third);
        assertThat(entries()).containsExactly("data.txt", "data.txt.bak");
    }

    @Test
    void timestampedBackupsNeverOverwriteEachOther() throws IOException {
        givenOldFile("rw-r--r--");
        AtomicFileWriter writer = new AtomicFileWriter(new RealFileOps(), FIXED);
        Files.writeString(dir.resolve("data.txt.20261123-101530-1.bak"), "someone's older backup");

        WriteResult first = write(writer, file, oldSnapshot, RUN_PROPERTIES, NEW);
        WriteResult second = write(writer, file, first.snapshot(), RUN_PROPERTIES, OLD);

        assertThat(first.backup()).contains(dir.resolve("data.txt.20261123-101530.bak"));
        assertThat(second.backup()).contains(dir.resolve("data.txt.20261123-101530-2.bak"));
        assertThat(Files.readAllBytes(first.backup().orElseThrow())).isEqualTo(OLD);
        assertThat(Files.readAllBytes(second.backup().orElseThrow())).isEqualTo(NEW);
        assertThat(Files.readString(dir.resolve("data.txt.20261123-101530-1.bak")))
                .isEqualTo("someone's older backup");
    }

    @Test
    void noBackupWhenNoneWanted() throws IOException {
        givenOldFile("rw-------");

        WriteResult result = write(
                new AtomicFileWriter(),
                file,
                oldSnapshot,
                new WriteOptions(BackupPolicy.NONE, PermissionPolicy.OWNER_ONLY),
                NEW);

        assertThat(result.backup()).isEmpty();
        assertThat(entries()).containsExactly("data.txt");
    }

    @Test
    void backupFallsBackToACopyWhereHardLinksAreUnavailable() throws IOException {
        givenOldFile("rw-r--r--");
        FileOps noLinks = new ForwardingFileOps() {
            @Override
            public void createLink(Path link, Path existing) {
                throw new UnsupportedOperationException("no hard links here");
            }
        };

        WriteResult result = write(new AtomicFileWriter(noLinks, FIXED), file, oldSnapshot, RUN_PROPERTIES, NEW);

        Path backup = result.backup().orElseThrow();
        assertThat(Files.readAllBytes(backup)).isEqualTo(OLD);
        assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(entries()).containsExactly("data.txt", "data.txt.20261123-101530.bak");
    }

    @Test
    void writingThroughASymlinkWhenAskedReplacesTheLinkTarget() throws IOException {
        Path realDir = Files.createDirectory(dir.resolve("real"));
        Path real = realDir.resolve("run.properties");
        Files.write(real, OLD);
        Path link = Files.createSymbolicLink(dir.resolve("link.properties"), real);

        WriteResult result = write(
                new AtomicFileWriter(new RealFileOps(), FIXED),
                link,
                FileSnapshot.of(link),
                RUN_PROPERTIES.withFollowSymlinks(true),
                NEW);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        assertThat(Files.readAllBytes(real)).isEqualTo(NEW);
        assertThat(result.file()).isEqualTo(real.toRealPath());
        assertThat(result.backup()).contains(real.toRealPath().resolveSibling("run.properties.20261123-101530.bak"));
    }

    @Test
    void ownerOnlyPolicyTightensAnExistingFile() throws IOException {
        givenOldFile("rw-r--r--");

        write(new AtomicFileWriter(), file, oldSnapshot, VAULT, NEW);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void keepExistingPolicyKeepsPermissions() throws IOException {
        givenOldFile("rw-rw-r--");

        write(new AtomicFileWriter(), file, oldSnapshot, RUN_PROPERTIES, NEW);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-rw-r--"));
    }

    @Test
    void keepExistingPolicyKeepsAnotherUsersOwnership() throws IOException {
        // Handing a file to another user needs root (CI and this project's build machines run as root).
        assumeTrue("root".equals(System.getProperty("user.name")), "chown needs root");
        givenOldFile("rw-r-----");
        UserPrincipal nobody =
                dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        GroupPrincipal nogroup =
                dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("nogroup");
        Files.setOwner(file, nobody);
        Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class)
                .setGroup(nogroup);

        write(new AtomicFileWriter(), file, oldSnapshot, RUN_PROPERTIES, NEW);

        PosixFileAttributes attrs = Files.readAttributes(file, PosixFileAttributes.class);
        assertThat(attrs.owner()).isEqualTo(nobody);
        assertThat(attrs.group()).isEqualTo(nogroup);
        assertThat(attrs.permissions()).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
    }

    @Test
    void ownerIsNotTouchedWhenAlreadyTheSame() throws IOException {
        givenOldFile("rw-r--r--");
        FileOps chownForbidden = new ForwardingFileOps() {
            @Override
            public void setOwner(Path f, UserPrincipal owner) throws IOException {
                throw new FileSystemException(f.toString(), null, "Operation not permitted");
            }

            @Override
            public void setGroup(Path f, GroupPrincipal group) throws IOException {
                throw new FileSystemException(f.toString(), null, "Operation not permitted");
            }
        };

        write(new AtomicFileWriter(chownForbidden, FIXED), file, oldSnapshot, RUN_PROPERTIES, NEW);

        assertThat(Files.readAllBytes(file)).isEqualTo(NEW);
    }

    @Test
    void tempFileIsBesideTheTargetAndOwnerOnlyWhileBeingWritten() throws IOException {
        givenOldFile("rw-rw-rw-");
        List<Path> seen = new ArrayList<>();
        List<Set<PosixFilePermission>> permsSeen = new ArrayList<>();

        new AtomicFileWriter()
                .write(
                        file,
                        oldSnapshot,
                        RUN_PROPERTIES,
                        out -> {
                            out.write(NEW, 0, 3);
                            try (Stream<Path> list = Files.list(dir)) {
                                list.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                                        .forEach(seen::add);
                            }
                            permsSeen.add(Files.getPosixFilePermissions(seen.get(0)));
                            out.write(NEW, 3, NEW.length - 3);
                            out.close(); // harmless: the writer still flushes and syncs
                        },
                        ACCEPT);

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).getParent()).isEqualTo(dir.toRealPath());
        assertThat(permsSeen).containsExactly(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readAllBytes(file)).isEqualTo(NEW);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-rw-rw-"));
    }

    @Test
    void readBackCheckSeesTheCompleteTempFileBeforeTheTargetChanges() throws IOException {
        givenOldFile("rw-------");
        AtomicReference<byte[]> tempContent = new AtomicReference<>();
        AtomicReference<byte[]> targetDuringCheck = new AtomicReference<>();

        new AtomicFileWriter().write(file, oldSnapshot, VAULT, out -> out.write(NEW), temp -> {
            tempContent.set(Files.readAllBytes(temp));
            targetDuringCheck.set(Files.readAllBytes(file));
        });

        assertThat(tempContent.get()).isEqualTo(NEW);
        assertThat(targetDuringCheck.get()).isEqualTo(OLD);
    }

    // ---- refusals -------------------------------------------------------------------------

    @Test
    void refusesFileChangedOnDiskSinceItWasRead() throws IOException {
        givenOldFile("rw-------");
        byte[] theirs = "another program's edit\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, theirs);

        FileChangedOnDiskException e = catchThrowableOfType(
                FileChangedOnDiskException.class, () -> write(new AtomicFileWriter(), file, oldSnapshot, VAULT, NEW));

        assertThat(e).isInstanceOf(UserFacing.class);
        assertThat(e.getMessage()).contains(file.toRealPath().toString()).contains("changed by another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        assertThat(entries()).containsExactly("data.txt");
    }

    @Test
    void refusesChangeMadeWhileTheNewContentWasBeingWritten() throws IOException {
        givenOldFile("rw-------");

        assertThatThrownBy(() -> new AtomicFileWriter()
                        .write(
                                file,
                                oldSnapshot,
                                VAULT,
                                out -> {
                                    Files.writeString(file, "sneaky edit");
                                    out.write(NEW);
                                },
                                ACCEPT))
                .isInstanceOf(FileChangedOnDiskException.class);

        assertThat(Files.readString(file)).isEqualTo("sneaky edit");
        assertThat(entries()).containsExactly("data.txt");
    }

    @Test
    void refusesToCreateAFileThatAppearedMeanwhile() throws IOException {
        givenOldFile("rw-------");

        assertThatThrownBy(() -> write(new AtomicFileWriter(), file, null, VAULT, NEW))
                .isInstanceOf(FileChangedOnDiskException.class)
                .hasMessageContaining("created by another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
    }

    @Test
    void refusesWhenTheFileWasDeletedMeanwhile() throws IOException {
        givenOldFile("rw-------");
        Files.delete(file);

        assertThatThrownBy(() -> write(new AtomicFileWriter(), file, oldSnapshot, VAULT, NEW))
                .isInstanceOf(FileChangedOnDiskException.class)
                .hasMessageContaining("deleted or moved");
        assertThat(entries()).isEmpty();
    }

    @Test
    void sameContentWithANewTimestampIsNotAChange() throws IOException {
        givenOldFile("rw-------");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        write(new AtomicFileWriter(), file, oldSnapshot, VAULT, NEW);

        assertThat(Files.readAllBytes(file)).isEqualTo(NEW);
    }

    @Test
    void refusesADirectory() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("run.properties"));

        AtomicWriteException e = catchThrowableOfType(
                AtomicWriteException.class, () -> write(new AtomicFileWriter(), folder, null, VAULT, NEW));

        assertThat(e).isNotNull();
        assertThat(e.step()).isEqualTo(Step.TARGET);
        assertThat(e.getMessage()).endsWith("run.properties is a folder, not a file");
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    @Test
    void refusesAReadOnlyFile() throws IOException {
        givenOldFile("r--r--r--");

        AtomicWriteException e = catchThrowableOfType(
                AtomicWriteException.class,
                () -> write(new AtomicFileWriter(), file, oldSnapshot, RUN_PROPERTIES, NEW));

        assertThat(e.step()).isEqualTo(Step.TARGET);
        assertThat(e.getMessage()).contains("data.txt is read-only");
        assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
        assertThat(entries()).containsExactly("data.txt");
    }

    @Test
    void refusesABrokenSymlink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("missing"));

        AtomicWriteException e = catchThrowableOfType(
                AtomicWriteException.class,
                () -> write(new AtomicFileWriter(), link, null, VAULT.withFollowSymlinks(true), NEW));

        assertThat(e.getMessage()).contains("symbolic link to a file that does not exist");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.exists(dir.resolve("missing"))).isFalse();
    }

    // ---- failures at each step leave the old file -------------------------------------------

    private AtomicWriteException failingSave(FileOps ops, Step step) throws IOException {
        givenOldFile("rw-r--r--");
        AtomicWriteException e = catchThrowableOfType(
                AtomicWriteException.class,
                () -> write(new AtomicFileWriter(ops, FIXED), file, oldSnapshot, RUN_PROPERTIES, NEW));
        assertThat(e).as("save should fail").isNotNull();
        assertThat(e.step()).isEqualTo(step);
        assertThat(e).isInstanceOf(UserFacing.class);
        assertThat(e.getMessage()).contains(dir.toRealPath().toString()).doesNotContain("new content");
        assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        return e;
    }

    private void assertOnlyTheOldFileIsLeft() throws IOException {
        assertThat(entries()).containsExactly("data.txt");
    }

    @Test
    void folderNotWritable() throws IOException {
        AtomicWriteException e = failingSave(
                new ForwardingFileOps() {
                    @Override
                    public FileChannel createNew(Path f) throws IOException {
                        throw new AccessDeniedException(f.toString());
                    }
                },
                Step.CREATE_TEMP);

        assertThat(e.getMessage())
                .startsWith("cannot create a file in folder " + dir.toRealPath())
                .contains("permission denied")
                .endsWith("the file was not changed");
        assertOnlyTheOldFileIsLeft();
    }

    @Test
    void diskFullWhileWriting() throws IOException {
        AtomicWriteException e = failingSave(
                new ForwardingFileOps() {
                    @Override
                    public OutputStream outputStream(FileChannel channel) {
                        return new FullDiskStream(super.outputStream(channel), 10);
                    }
                },
                Step.WRITE);

        assertThat(e.getMessage())
                .isEqualTo("could not write " + file.toRealPath() + ": the disk is full; the file was not changed");
        assertOnlyTheOldFileIsLeft();
    }

    @Test
    void flushFails() throws IOException {
        AtomicWriteException e = failingSave(
                new ForwardingFileOps() {
                    @Override
                    public void force(FileChannel channel) throws IOException {
                        throw new IOException("Input/output error");
                    }
                },
                Step.FLUSH);

        assertThat(e.getMessage()).contains("input/output error");
        assertOnlyTheOldFileIsLeft();
    }

    @Test
    void permissionsCannotBeKept() throws IOException {
        AtomicWriteException e = failingSave(
                new ForwardingFileOps() {
                    @Override
                    public void setPermissions(Path f, Set<PosixFilePermission> permissions) throws IOException {
                        throw new FileSystemException(f.toString(), null, "Operation not permitted");
                    }
                },
                Step.PERMISSIONS);

        assertThat(e.getMessage()).contains("owner").contains("operation not permitted");
        assertOnlyTheOldFileIsLeft();
    }

    @Test
    void backupFails() throws IOException {
        AtomicWriteException e = failingSave(
                new ForwardingFileOps() {
                    @Override
                    public void createLink(Path link, Path existing) throws IOException {
                        throw new FileSystemException(link.toString(), null, "Operation not permitted");
                    }

                    @Override
                    public void copy(Path source, Path target) throws IOException {
                        Files.writeString(target, "half a cop");
                        throw new IOException("No space left on device");
                    }
                },
                Step.BACKUP);

        assertThat(e.getMessage()).startsWith("could not make a backup of " + file.toRealPath());
        assertOnlyTheOldFileIsLeft();
    }

    @Test
    void renameFails() throws IOException {
        AtomicWriteException e = failingSave(
                new ForwardingFileOps() {
                    @Override
                    public void moveAtomically(Path source, Path target) throws IOException {
                        throw new FileSystemException(source.toString(), target.toString(), "Device or resource busy");
                    }
                },
                Step.RENAME);

        assertThat(e.getMessage())
                .isEqualTo("could not replace " + file.toRealPath()
                        + " (device or resource busy); the file was not changed");
        // the timestamped backup made for this save is gone too: it would only be clutter
        assertOnlyTheOldFileIsLeft();
    }

    @Test
    void atomicRenameUnsupportedFailsClearlyWithoutOverwritingInPlace() throws IOException {
        AtomicWriteException e = failingSave(
                new ForwardingFileOps() {
                    @Override
                    public void moveAtomically(Path source, Path target) throws IOException {
                        throw new AtomicMoveNotSupportedException(
                                source.toString(), target.toString(), "not supported");
                    }
                },
                Step.RENAME);

        assertThat(e.getMessage()).contains("cannot replace files atomically").contains("never overwrites");
        assertOnlyTheOldFileIsLeft();
    }

    @Test
    void readBackCheckFailureIsRethrownUnchanged() throws IOException {
        givenOldFile("rw-------");
        IOException mismatch = new IOException("decrypting the written vault failed");

        assertThatThrownBy(() -> new AtomicFileWriter().write(file, oldSnapshot, VAULT, out -> out.write(NEW), temp -> {
                    throw mismatch;
                }))
                .isSameAs(mismatch);

        assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
        assertOnlyTheOldFileIsLeft();
    }

    @Test
    void contentProducerFailureIsRethrownUnchanged() throws IOException {
        givenOldFile("rw-------");
        IllegalStateException bug = new IllegalStateException("producer broke");

        assertThatThrownBy(() -> new AtomicFileWriter()
                        .write(
                                file,
                                oldSnapshot,
                                VAULT,
                                out -> {
                                    out.write(NEW, 0, 5);
                                    throw bug;
                                },
                                ACCEPT))
                .isSameAs(bug);

        assertThat(Files.readAllBytes(file)).isEqualTo(OLD);
        assertOnlyTheOldFileIsLeft();
    }

    @Test
    void folderSyncFailureReportsTheCompletedSave() throws IOException {
        // After the rename the old version cannot be kept any more; what matters is that the
        // file is complete, nothing is left behind and the caller learns the new snapshot.
        givenOldFile("rw-r--r--");
        FileOps ops = new ForwardingFileOps() {
            @Override
            public void syncDirectory(Path d) throws IOException {
                throw new IOException("Input/output error");
            }
        };

        FolderSyncException e = catchThrowableOfType(
                FolderSyncException.class,
                () -> write(new AtomicFileWriter(ops, FIXED), file, oldSnapshot, RUN_PROPERTIES, NEW));

        assertThat(e.step()).isEqualTo(Step.SYNC_FOLDER);
        assertThat(e.getMessage()).contains("was saved, but folder");
        assertThat(Files.readAllBytes(file)).isEqualTo(NEW);
        assertThat(e.result().snapshot()).isEqualTo(FileSnapshot.of(file));
        assertThat(entries()).containsExactly("data.txt", "data.txt.20261123-101530.bak");
    }

    /** Fails like a full disk once more than {@code limit} bytes were written. */
    static final class FullDiskStream extends FilterOutputStream {
        private long remaining;

        FullDiskStream(OutputStream out, long limit) {
            super(out);
            this.remaining = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = (int) Math.min(len, remaining);
            out.write(b, off, n);
            remaining -= n;
            if (n < len) {
                throw new IOException("No space left on device");
            }
        }
    }
}
