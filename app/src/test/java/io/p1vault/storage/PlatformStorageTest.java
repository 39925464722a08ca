package io.p1vault.storage;

import io.p1vault.storage.AtomicWriteException.Step;
import io.p1vault.testing.OwnerOnly;
import io.p1vault.testing.PlatformFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The storage layer with Windows and macOS semantics, on in-memory file systems through the same
 * {@link FileOps} the writer uses on disk: owner-only files and folders (an ACL of the user alone
 * on Windows), a rename over a file another program holds, read-only files, and user folders whose
 * names have spaces and non-ASCII letters. The real-disk Linux behaviour is in {@link AtomicFileWriterTest}.
 */
class PlatformStorageTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-06T10:15:30Z"), ZoneOffset.UTC);
    private static final WriteOptions VAULT = new WriteOptions(BackupPolicy.SINGLE, PermissionPolicy.OWNER_ONLY);
    private static final WriteOptions RUN_PROPERTIES =
            new WriteOptions(BackupPolicy.TIMESTAMPED, PermissionPolicy.KEEP_EXISTING);
    private static final byte[] OLD = "old vault".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new vault, longer".getBytes(StandardCharsets.UTF_8);

    private final List<FileSystem> opened = new ArrayList<>();
    private final List<Duration> waited = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (FileSystem fs : opened) {
            fs.close();
        }
    }

    private Path dataFolder(PlatformFileSystem platform) throws IOException {
        FileSystem fs = platform.open();
        opened.add(fs);
        Path home = platform.home(fs);
        Files.createDirectories(home);
        Path folder = platform == PlatformFileSystem.WINDOWS
                ? home.resolve("AppData\\Roaming\\p1vault")
                : home.resolve("Library/Application Support/p1vault");
        PrivateFolders.create(folder);
        return folder;
    }

    private AtomicFileWriter writer(FileOps ops) {
        return new AtomicFileWriter(ops, FIXED, new ReplaceRetry(ReplaceRetry.DEFAULT.waits(), waited::add));
    }

    private static WriteResult save(AtomicFileWriter writer, Path file, WriteOptions options, byte[] content)
            throws IOException {
        FileSnapshot expected = Files.exists(file) ? FileSnapshot.of(file) : null;
        return writer.write(file, expected, options, out -> out.write(content), temp -> {});
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PlatformFileSystem.class)
    void aVaultInTheUsersDataFolderIsOwnerOnlyAndItsBackupToo(PlatformFileSystem platform) throws IOException {
        Path folder = dataFolder(platform);
        Path vault = folder.resolve("Zoë's vault (work).age");
        AtomicFileWriter writer = writer(new HeldFileOps());

        save(writer, vault, VAULT, OLD);
        WriteResult second = save(writer, vault, VAULT, NEW);

        assertThat(Files.readAllBytes(vault)).isEqualTo(NEW);
        assertThat(second.backup()).hasValue(folder.resolve("Zoë's vault (work).age.bak"));
        assertThat(Files.readAllBytes(second.backup().orElseThrow())).isEqualTo(OLD);
        OwnerOnly.assertOwnerOnly(folder);
        OwnerOnly.assertOwnerOnly(vault);
        OwnerOnly.assertOwnerOnly(second.backup().orElseThrow());
        assertThat(names(folder)).containsExactlyInAnyOrder("Zoë's vault (work).age", "Zoë's vault (work).age.bak");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PlatformFileSystem.class)
    void aRenameOverAFileAnotherProgramHoldsIsRetriedUntilItLetsGo(PlatformFileSystem platform) throws IOException {
        Path vault = dataFolder(platform).resolve("vault.age");
        save(writer(new HeldFileOps()), vault, VAULT, OLD);
        HeldFileOps held = new HeldFileOps(vault, 3);

        save(writer(held), vault, VAULT, NEW);

        assertThat(Files.readAllBytes(vault)).isEqualTo(NEW);
        assertThat(held.attempts()).isEqualTo(3 + 1);
        assertThat(waited).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PlatformFileSystem.class)
    void aFileHeldTooLongIsLeftAsItWasAndTheMessageSaysWhatWasTried(PlatformFileSystem platform) throws IOException {
        Path folder = dataFolder(platform);
        Path vault = folder.resolve("vault.age");
        save(writer(new HeldFileOps()), vault, VAULT, OLD);
        HeldFileOps held = new HeldFileOps(vault, Integer.MAX_VALUE);

        AtomicWriteException e =
                catchThrowableOfType(AtomicWriteException.class, () -> save(writer(held), vault, VAULT, NEW));

        assertThat(e.step()).isEqualTo(Step.RENAME);
        assertThat(e.getMessage())
                .startsWith("could not replace " + vault)
                .contains("being used by another process")
                .contains("9 attempts over 2.0 s")
                .contains("antivirus")
                .endsWith("the file was not changed");
        assertThat(e.getCause()).isInstanceOf(FileSystemException.class);
        assertThat(held.attempts()).isEqualTo(9);
        assertThat(waited.stream().mapToLong(Duration::toMillis).sum()).isEqualTo(2000);
        assertThat(Files.readAllBytes(vault)).isEqualTo(OLD);
        // no temporary file is left; the backup is the old vault
        assertThat(names(folder)).containsExactlyInAnyOrder("vault.age", "vault.age.bak");
        assertThat(Files.readAllBytes(folder.resolve("vault.age.bak"))).isEqualTo(OLD);
    }

    @Test
    void aHeldBackupStopsTheSaveBeforeTheVaultIsTouched() throws IOException {
        Path folder = dataFolder(PlatformFileSystem.WINDOWS);
        Path vault = folder.resolve("vault.age");
        save(writer(new HeldFileOps()), vault, VAULT, OLD);
        save(writer(new HeldFileOps()), vault, VAULT, OLD);

        AtomicWriteException e = catchThrowableOfType(
                AtomicWriteException.class,
                () -> save(
                        writer(new HeldFileOps(folder.resolve("vault.age.bak"), Integer.MAX_VALUE)),
                        vault,
                        VAULT,
                        NEW));

        assertThat(e.step()).isEqualTo(Step.BACKUP);
        assertThat(e.getMessage()).contains("9 attempts over 2.0 s");
        assertThat(Files.readAllBytes(vault)).isEqualTo(OLD);
        assertThat(names(folder)).containsExactlyInAnyOrder("vault.age", "vault.age.bak");
    }

    @Test
    void accessDeniedWhileAScannerHoldsTheFileIsRetriedToo() throws IOException {
        Path vault = dataFolder(PlatformFileSystem.WINDOWS).resolve("vault.age");
        WriteOptions noBackup = new WriteOptions(BackupPolicy.NONE, PermissionPolicy.OWNER_ONLY);
        save(writer(new HeldFileOps()), vault, noBackup, OLD);

        save(writer(new HeldFileOps(vault, 2, new AccessDeniedException(vault.toString()))), vault, noBackup, NEW);

        assertThat(Files.readAllBytes(vault)).isEqualTo(NEW);
        assertThat(waited).hasSize(2);
    }

    @Test
    void aLastingFailureIsNotRetried() throws IOException {
        Path vault = dataFolder(PlatformFileSystem.WINDOWS).resolve("vault.age");
        WriteOptions noBackup = new WriteOptions(BackupPolicy.NONE, PermissionPolicy.OWNER_ONLY);
        save(writer(new HeldFileOps()), vault, noBackup, OLD);
        HeldFileOps gone = new HeldFileOps(vault, Integer.MAX_VALUE, new NoSuchFileException(vault.toString()));

        AtomicWriteException e =
                catchThrowableOfType(AtomicWriteException.class, () -> save(writer(gone), vault, noBackup, NEW));

        assertThat(e.getMessage()).contains("no such file or folder").doesNotContain("attempts");
        assertThat(gone.attempts()).isEqualTo(1);
        assertThat(waited).isEmpty();
    }

    @Test
    void windowsOwnerOnlyReplacesABroadAclWhileKeepExistingKeepsIt() throws IOException {
        Path folder = dataFolder(PlatformFileSystem.WINDOWS);
        Path vault = folder.resolve("vault.age");
        Path runProperties = folder.resolve("run.properties");
        List<AclEntry> broad =
                List.of(allow(me(folder), true), allow(principal(folder, "PingFederate service"), false));
        for (Path file : List.of(vault, runProperties)) {
            Files.write(file, OLD);
            acl(file).setAcl(broad);
        }

        save(writer(new HeldFileOps()), vault, VAULT, NEW);
        save(writer(new HeldFileOps()), runProperties, RUN_PROPERTIES, NEW);

        OwnerOnly.assertOwnerOnly(vault);
        assertThat(acl(runProperties).getAcl()).isEqualTo(broad);
        assertThat(Files.readAllBytes(runProperties)).isEqualTo(NEW);
    }

    @Test
    void aWindowsReadOnlyFileIsRefused() throws IOException {
        Path folder = dataFolder(PlatformFileSystem.WINDOWS);
        Path vault = folder.resolve("vault.age");
        Files.write(vault, OLD);
        Files.setAttribute(vault, "dos:readonly", true);

        AtomicWriteException e = catchThrowableOfType(
                AtomicWriteException.class, () -> save(writer(new HeldFileOps()), vault, VAULT, NEW));

        assertThat(e.step()).isEqualTo(Step.TARGET);
        assertThat(e.getMessage()).contains("is read-only");
        assertThat(Files.readAllBytes(vault)).isEqualTo(OLD);
    }

    @Test
    void windowsNamesDifferingOnlyInCaseAreOneFile() throws IOException {
        Path folder = dataFolder(PlatformFileSystem.WINDOWS);
        save(writer(new HeldFileOps()), folder.resolve("Vault.age"), VAULT, OLD);

        save(writer(new HeldFileOps()), folder.resolve("VAULT.AGE"), VAULT, NEW);

        assertThat(Files.readAllBytes(folder.resolve("vault.age"))).isEqualTo(NEW);
        assertThat(names(folder)).hasSize(2); // the file and its backup
    }

    @Test
    void aFolderSyncIsSkippedOnlyWhereFoldersCannotBeOpened() throws IOException {
        RealFileOps ops = new RealFileOps();
        Path windowsFolder = dataFolder(PlatformFileSystem.WINDOWS);
        Path macFolder = dataFolder(PlatformFileSystem.MACOS);

        ops.syncDirectory(windowsFolder);

        // the in-memory macOS-like system cannot open a folder either; a real Mac can, so a failure there counts
        assertThat(catchThrowableOfType(IOException.class, () -> ops.syncDirectory(macFolder)))
                .isNotNull();
    }

    private static AclEntry allow(UserPrincipal who, boolean write) {
        return AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(who)
                .setPermissions(
                        write
                                ? Set.of(AclEntryPermission.values())
                                : Set.of(AclEntryPermission.READ_DATA, AclEntryPermission.READ_ATTRIBUTES))
                .build();
    }

    private static UserPrincipal me(Path anywhere) throws IOException {
        return FileAccess.currentUser(anywhere.getFileSystem());
    }

    private static UserPrincipal principal(Path anywhere, String name) throws IOException {
        return anywhere.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
    }

    private static AclFileAttributeView acl(Path file) {
        return Files.getFileAttributeView(file, AclFileAttributeView.class);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
