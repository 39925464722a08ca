package io.p1vault.runproperties;

import io.p1vault.UserFacing;
import io.p1vault.storage.AtomicFileWriter;
import io.p1vault.storage.AtomicWriteException;
import io.p1vault.storage.FileChangedOnDiskException;
import io.p1vault.storage.WriteResult;
import io.p1vault.testing.NeedsPosixPermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RunPropertiesServiceTest {
    private static final String ENV = "9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c11";

    @TempDir
    Path dir;

    private Path file;
    private byte[] original;
    private final RunPropertiesService service = new RunPropertiesService();

    @BeforeEach
    void copyRealFile() throws IOException {
        file = dir.resolve("run.properties");
        original = TestFiles.realRunPropertiesBytes();
        Files.write(file, original);
        // group-readable, as PingFederate's installers leave it, where the disk has POSIX modes (not Windows)
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        }
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void pingOneSettingsChangeExactlyTwoLinesOfTheRealFile() throws IOException {
        ChangePlan plan = service.plan(
                service.load(file), PingOneSettings.parse("eu", ENV).edits());

        String label = RunPropertiesService.diffLabel(file);
        assertThat(plan.diff()).isEqualTo("--- a/" + label + "\n+++ b/" + label + "\n" + """
                @@ -63,10 +63,10 @@
                 #     asia    - (Deprecated) Please use com.au instead. Indicates the Asia region at console.pingone.asia
                 #     ca      - indicates the Canada region at console.pingone.ca
                 #     com.au  - indicates the Australia region at console.pingone.com.au
                -pf.pingone.admin.url.region=
                +pf.pingone.admin.url.region=eu
                \s
                 # The ID of your PingOne organization's environment.
                -pf.pingone.admin.url.environment.id=
                +pf.pingone.admin.url.environment.id=9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c11
                \s
                 #   Admin Console UI Timeout
                 #   ------------------------
                """);
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.diff()
                        .lines()
                        .filter(l -> l.startsWith("-") || l.startsWith("+"))
                        .count())
                .isEqualTo(6);
    }

    @NeedsPosixPermissions
    @Test
    void writeReplacesTheFileKeepsItsPermissionsAndATimestampedBackup() throws IOException {
        ChangePlan plan = service.plan(
                service.load(file), PingOneSettings.parse("eu", ENV).edits());

        WriteResult result = service.write(plan).orElseThrow();

        assertThat(Files.readAllBytes(file)).isEqualTo(plan.newBytes());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        Path backup = result.backup().orElseThrow();
        assertThat(backup.getFileName().toString()).matches("run\\.properties\\.\\d{8}-\\d{6}\\.bak");
        assertThat(Files.readAllBytes(backup)).isEqualTo(original);
        assertThat(entries())
                .containsExactly("run.properties", backup.getFileName().toString());
        Map<String, String> reread = JdkProperties.load(Files.readAllBytes(file));
        assertThat(reread)
                .containsEntry("pf.pingone.admin.url.region", "eu")
                .containsEntry("pf.pingone.admin.url.environment.id", ENV);
    }

    @Test
    void theNumberOfBackupsKeptIsReadAtEachWriteSoASettingsChangeAppliesToTheNextSave() throws IOException {
        int[] keep = {3};
        RunPropertiesService keeping = new RunPropertiesService(() -> keep[0]);
        List<String> regions = List.of("eu", "ca", "eu", "ca", "eu");
        for (String region : regions) {
            keeping.write(keeping.plan(
                    keeping.load(file), PingOneSettings.parse(region, ENV).edits()));
        }
        assertThat(entries().stream().filter(n -> n.endsWith(".bak"))).hasSize(3);

        keep[0] = 1;
        keeping.write(keeping.plan(
                keeping.load(file), PingOneSettings.parse("ca", ENV).edits()));

        assertThat(entries().stream().filter(n -> n.endsWith(".bak"))).hasSize(1);
    }

    @Test
    void nothingIsWrittenWhenNothingChanges() throws IOException {
        ChangePlan plan = service.plan(service.load(file), List.of(Edit.set("pf.console.login.mode", "multiple")));

        assertThat(plan.hasChanges()).isFalse();
        assertThat(plan.diff()).isEmpty();
        assertThat(service.write(plan)).isEmpty();
        assertThat(entries()).containsExactly("run.properties");
    }

    @Test
    void refusesToOverwriteAFileChangedSinceItWasRead() throws IOException {
        LoadedRunProperties loaded = service.load(file);
        ChangePlan plan = service.plan(loaded, PingOneSettings.parse("eu", ENV).edits());
        byte[] theirs = (new String(original, StandardCharsets.ISO_8859_1) + "added.by.someone=else\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, theirs);

        assertThatThrownBy(() -> service.write(plan))
                .isInstanceOf(FileChangedOnDiskException.class)
                .hasMessageContaining("run.properties was changed by another program since it was read");

        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        assertThat(entries()).containsExactly("run.properties");
    }

    @Test
    void invalidTypedValuesAreRefusedTogetherAndNothingIsPlanned() throws IOException {
        LoadedRunProperties loaded = service.load(file);

        assertThatThrownBy(() -> service.plan(
                        loaded,
                        List.of(
                                Edit.set("pf.admin.https.port", "70000"),
                                Edit.set("pf.pingone.admin.url.region", "mars"),
                                Edit.set("pf.pingone.admin.url.environment.id", "not-a-uuid"))))
                .isInstanceOf(InvalidSettingException.class)
                .isInstanceOf(UserFacing.class)
                .hasMessageStartingWith("pf.admin.https.port: 70000 is not a port number: ports are 1-65535; "
                        + "pf.pingone.admin.url.region: \"mars\" is not a PingOne region")
                .hasMessageContaining("; pf.pingone.admin.url.environment.id: \"not-a-uuid\" is not an environment ID")
                .hasMessageEndingWith(file + " was not changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void unknownKeysAreTextAndWarningsExplainDuplicatesAndDeprecation() throws IOException {
        Files.writeString(file, "a=1\nx.y=2\na=3\n");

        ChangePlan plan = service.plan(
                service.load(file),
                List.of(
                        Edit.set("a", "4"),
                        Edit.set("x.y", "anything: at all"),
                        Edit.set("pf.pingone.admin.url.region", "asia"),
                        Edit.unset("missing")));

        assertThat(new String(plan.newBytes(), StandardCharsets.ISO_8859_1))
                .isEqualTo("a=1\nx.y=anything: at all\na=4\npf.pingone.admin.url.region=asia\n");
        assertThat(plan.warnings())
                .containsExactly(
                        "a is set 2 times (lines 1, 3); changed the last one, which is the one PingFederate uses",
                        "pf.pingone.admin.url.region: asia is deprecated: \"Please use com.au instead\"",
                        "missing is not set; nothing to remove");
    }

    @Test
    void propertiesListsEveryKeyOnceWithItsEffectiveValueAndTypedCheck() throws IOException {
        Files.writeString(file, "a=1\npf.admin.https.port=99999\na=3\npf.pingone.admin.url.region=eu\n");

        List<PropertyStatus> properties = service.properties(service.load(file));

        assertThat(properties)
                .extracting(PropertyStatus::key, PropertyStatus::value, PropertyStatus::typed)
                .containsExactly(
                        tuple("a", "3", false),
                        tuple("pf.admin.https.port", "99999", true),
                        tuple("pf.pingone.admin.url.region", "eu", true));
        assertThat(properties.get(0).verdict().level()).isEqualTo(Verdict.Level.OK);
        assertThat(properties.get(1).verdict().level()).isEqualTo(Verdict.Level.ERROR);
        assertThat(properties.get(1).verdict().message()).contains("99999");
        assertThat(properties.get(2).setting()).contains(KnownSetting.PINGONE_REGION);
    }

    @Test
    void unsetRemovesEveryOccurrence() throws IOException {
        Files.writeString(file, "a=1\nb=2\na=3\n");

        ChangePlan plan = service.plan(service.load(file), List.of(Edit.unset("a")));

        assertThat(new String(plan.newBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("b=2\n");
        assertThat(plan.warnings()).containsExactly("a was set 2 times (lines 1, 3); removed all");
    }

    @Test
    void reportShowsTypedSettingsOfTheRealFile() throws IOException {
        SettingsReport report = service.report(service.load(file));

        assertThat(report.settings()).hasSize(KnownSetting.values().length);
        SettingStatus region = report.settings().get(0);
        assertThat(region.setting()).isEqualTo(KnownSetting.PINGONE_REGION);
        assertThat(region.value()).isEmpty();
        assertThat(region.line()).isEqualTo(66);
        assertThat(region.status()).isEqualTo(SettingStatus.Status.OK);
        SettingStatus adminPort = report.settings().stream()
                .filter(s -> s.setting() == KnownSetting.ADMIN_HTTPS_PORT)
                .findFirst()
                .orElseThrow();
        assertThat(adminPort.status()).isEqualTo(SettingStatus.Status.WARNING);
        assertThat(report.warnings())
                .containsExactly("pf.admin.https.port: \"${PF_ADMIN_PORT}\" is a placeholder "
                        + "filled in when the server profile is deployed; not checked");
    }

    @Test
    void reportFlagsInvalidAndAbsentSettingsAndFileProblems() throws IOException {
        Files.write(
                file,
                "pf.admin.https.port=0\npf.http.port=1\npf.http.port=2\ncaf\u00e9=1\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        SettingsReport report = service.report(service.load(file));

        assertThat(report.settings().get(0).status()).isEqualTo(SettingStatus.Status.ABSENT);
        assertThat(report.warnings())
                .containsExactly(
                        "pf.http.port is set 2 times (lines 2, 3); PingFederate uses the last one",
                        "line 4 contains non-ASCII bytes; PingFederate reads them as ISO-8859-1 (Latin-1), which may differ"
                                + " from what an editor shows",
                        "pf.admin.https.port: 0 is not a port number: ports are 1-65535");
    }

    // ---- files that cannot be edited ----------------------------------------------------------

    @Test
    void refusesFilesItCannotOrShouldNotRead() throws IOException {
        assertThatThrownBy(() -> service.load(dir))
                .isInstanceOf(RunPropertiesException.class)
                .hasMessage(dir + " is a folder, not a run.properties file");
        assertThatThrownBy(() -> service.load(dir.resolve("missing")))
                .isInstanceOf(RunPropertiesException.class)
                .hasMessage(dir.resolve("missing") + " does not exist");

        Path binary = Files.write(dir.resolve("binary"), new byte[] {'a', '=', 1, 0, (byte) 0xff});
        assertThatThrownBy(() -> service.load(binary))
                .isInstanceOf(RunPropertiesException.class)
                .hasMessage(binary + " does not look like a run.properties file (binary data at byte 2)");

        Path malformed = Files.writeString(dir.resolve("malformed"), "a=1\nb=\\u12\n");
        assertThatThrownBy(() -> service.load(malformed))
                .isInstanceOf(RunPropertiesException.class)
                .hasMessage(malformed + " line 2: malformed \\uXXXX escape; PingFederate cannot read this file either");

        Path huge = dir.resolve("huge");
        try (var channel = java.nio.channels.FileChannel.open(
                huge, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), RunPropertiesService.MAX_SIZE);
        }
        assertThatThrownBy(() -> service.load(huge))
                .isInstanceOf(RunPropertiesException.class)
                .hasMessageContaining("too large for a run.properties file");
    }

    @Test
    void unreadableFileIsReportedClearly() {
        // Permission bits do not stop root, so the refusal is simulated where the file is read.
        RunPropertiesService denied = new RunPropertiesService(new AtomicFileWriter(), f -> {
            throw new AccessDeniedException(f.toString());
        });

        assertThatThrownBy(() -> denied.load(file))
                .isInstanceOf(RunPropertiesException.class)
                .hasMessage("cannot read " + file + " (permission denied)");
    }

    @NeedsPosixPermissions
    @Test
    void readOnlyFileIsNotWritten() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        ChangePlan plan = service.plan(
                service.load(file), PingOneSettings.parse("eu", ENV).edits());

        assertThatThrownBy(() -> service.write(plan))
                .isInstanceOf(AtomicWriteException.class)
                .hasMessageContaining("run.properties is read-only");

        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(entries()).containsExactly("run.properties");
    }

    @Test
    void diffLabelIsThePathWithoutItsRoot() {
        assertThat(RunPropertiesService.diffLabel(Path.of("/opt/pf/bin/../bin/run.properties")))
                .isEqualTo("opt/pf/bin/run.properties");
        assertThat(RunPropertiesService.diffLabel(Path.of("run.properties"))).isEqualTo("run.properties");
    }
}
