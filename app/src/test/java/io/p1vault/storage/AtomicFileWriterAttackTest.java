package io.p1vault.storage;

import io.p1vault.testing.NeedsPosixPermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 22: what another user who can write the folder tries against a save, and the backups it leaves. */
@NeedsPosixPermissions
class AtomicFileWriterAttackTest {
    private static final byte[] OLD = "old content\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new content\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VICTIM = "root-only secret\n".getBytes(StandardCharsets.UTF_8);
    private static final WriteOptions RUN_PROPERTIES =
            new WriteOptions(BackupPolicy.TIMESTAMPED, PermissionPolicy.KEEP_EXISTING);

    @TempDir
    Path dir;

    private Path victim() throws IOException {
        Path victim = Files.write(dir.resolve("shadow"), VICTIM);
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-------"));
        return victim;
    }

    @Test
    void runPropertiesReplacedByASymlinkToAnotherFileIsRefused() throws IOException {
        Path victim = victim();
        Path link = Files.createSymbolicLink(dir.resolve("run.properties"), victim);

        AtomicWriteException e = catchThrowableOfType(
                AtomicWriteException.class,
                () -> new AtomicFileWriter()
                        .write(link, FileSnapshot.of(link), RUN_PROPERTIES, out -> out.write(NEW), temp -> {}));

        assertThat(e.step()).isEqualTo(AtomicWriteException.Step.TARGET);
        assertThat(e.getMessage()).contains("is a symbolic link").contains("--follow-symlink");
        assertThat(Files.readAllBytes(victim)).isEqualTo(VICTIM);
        assertThat(Files.getPosixFilePermissions(victim)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void tempFileSwappedForASymlinkMidSaveIsNoticedAndTheLinkTargetKeepsItsPermissions() throws IOException {
        Path victim = victim();
        Path target = Files.write(dir.resolve("run.properties"), OLD);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));

        AtomicWriteException e = catchThrowableOfType(
                AtomicWriteException.class,
                () -> new AtomicFileWriter()
                        .write(
                                target,
                                FileSnapshot.of(target),
                                RUN_PROPERTIES,
                                out -> {
                                    out.write(NEW);
                                    swapTempFilesFor(victim);
                                },
                                temp -> {}));

        assertThat(e.getMessage()).contains("was replaced by another program");
        assertThat(Files.getPosixFilePermissions(victim)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readAllBytes(victim)).isEqualTo(VICTIM);
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(Files.isSymbolicLink(target)).isFalse();
    }

    @Test
    void setPermissionsOnALinkPlantedAsTheTempFileNeverChangesTheLinkTarget() throws IOException {
        Path victim = victim();
        Path planted = Files.createSymbolicLink(dir.resolve(".planted.tmp"), victim);

        try {
            new RealFileOps().setPermissions(planted, PosixFilePermissions.fromString("rw-rw-rw-"));
        } catch (IOException refusedByONoFollow) {
            // Linux cannot chmod a link itself: refusing is the safe outcome
        }

        assertThat(Files.getPosixFilePermissions(victim)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void runningAsRootInAFolderEveryoneCanWriteWarns() throws IOException {
        Path open = Files.createDirectory(dir.resolve("bin"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path file = open.resolve("run.properties");

        assertThat(FolderRisk.of(file, 0)).hasValueSatisfying(w -> assertThat(w).contains("running as root"));
        assertThat(FolderRisk.of(file, 1000)).as("not root").isEmpty();
    }

    @Test
    void backupsHoldingSecretsAreOwnerOnlyAndOnlyTheNewestAreKept() throws IOException {
        Path target = Files.write(dir.resolve("run.properties"), OLD);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        WriteOptions keepThree = RUN_PROPERTIES.withKeepBackups(3);
        Instant start = Instant.parse("2026-11-23T10:15:30Z");

        for (int i = 0; i < 6; i++) {
            Clock clock = Clock.fixed(start.plusSeconds(i), ZoneOffset.UTC);
            byte[] content = ("version " + i + "\n").getBytes(StandardCharsets.UTF_8);
            WriteResult result = new AtomicFileWriter(new RealFileOps(), clock)
                    .write(target, FileSnapshot.of(target), keepThree, out -> out.write(content), temp -> {});
            assertThat(Files.getPosixFilePermissions(result.backup().orElseThrow(), LinkOption.NOFOLLOW_LINKS))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }

        assertThat(backups())
                .containsExactly(
                        "run.properties.20261123-101533.bak",
                        "run.properties.20261123-101534.bak",
                        "run.properties.20261123-101535.bak");
        assertThat(Files.getPosixFilePermissions(target))
                .as("the live file keeps its permissions")
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    }

    private List<String> backups() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".bak"))
                    .sorted()
                    .toList();
        }
    }

    private void swapTempFilesFor(Path victim) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path temp : list.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                    .toList()) {
                Files.delete(temp);
                Files.createSymbolicLink(temp, victim);
            }
        }
    }
}
