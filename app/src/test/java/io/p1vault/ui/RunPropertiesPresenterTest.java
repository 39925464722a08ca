package io.p1vault.ui;

import io.p1vault.model.GatewayClaims;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.Secret;
import io.p1vault.runproperties.KnownSetting;
import io.p1vault.runproperties.PropertyStatus;
import io.p1vault.runproperties.RunPropertiesService;
import io.p1vault.runproperties.Verdict;
import io.p1vault.testing.NeedsPosixPermissions;
import io.p1vault.ui.runprops.RunPropertiesPresenter;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RunPropertiesPresenterTest {
    static final String ENV = "9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c11";
    static final String CONTENT = "# PingFederate\npf.admin.https.port=9999\npf.pingone.admin.url.region=com\n"
            + "pf.operational.mode=STANDALONE\ncustom.key=hello\n";

    @TempDir
    Path dir;

    Path file;
    final FakeDialogs dialogs = new FakeDialogs();
    RunPropertiesPresenter presenter;

    @BeforeEach
    void open() throws IOException {
        file = dir.resolve("run.properties");
        Files.writeString(file, CONTENT);
        presenter = new RunPropertiesPresenter(
                new RunPropertiesService(), new DirectTasks(), dialogs, () -> List.of(credential("eu", ENV)));
        dialogs.runPropertiesAnswer = file;
        presenter.chooseAndOpen();
    }

    static GatewayCredentialEntry credential(String region, String environmentId) {
        GatewayClaims claims = new GatewayClaims();
        claims.region = region;
        claims.environmentId = environmentId;
        return new GatewayCredentialEntry("PF gateway", Secret.of("a.b.c".toCharArray()), claims);
    }

    @Test
    void openShowsTheTypedSettingsAndAFilterableTableOfAllProperties() {
        assertThat(presenter.file.get()).isEqualTo(file);
        assertThat(presenter.value(KnownSetting.ADMIN_HTTPS_PORT).get()).isEqualTo("9999");
        assertThat(presenter.value(KnownSetting.PINGONE_ENVIRONMENT_ID).get()).isEmpty();
        assertThat(presenter.rows.get())
                .extracting(PropertyStatus::key)
                .containsExactly(
                        "pf.admin.https.port", "pf.pingone.admin.url.region", "pf.operational.mode", "custom.key");
        assertThat(presenter.rows.get().get(3).typed()).isFalse();
        assertThat(presenter.dirty.get()).isFalse();
        assertThat(presenter.canSave.get()).isFalse();

        presenter.filter.set("HELLO");

        assertThat(presenter.rows.get()).extracting(PropertyStatus::key).containsExactly("custom.key");
    }

    @Test
    void theTableShowsTheUnsavedEditsInPlaceAndWhichRowsTheyChange() {
        presenter.fillFrom(presenter.credentials().get(0));
        presenter.value(KnownSetting.OPERATIONAL_MODE).set("");

        assertThat(presenter.rows.get())
                .extracting(PropertyStatus::key, PropertyStatus::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pf.admin.https.port", "9999"),
                        org.assertj.core.groups.Tuple.tuple("pf.pingone.admin.url.region", "eu"),
                        org.assertj.core.groups.Tuple.tuple("pf.operational.mode", ""),
                        org.assertj.core.groups.Tuple.tuple("custom.key", "hello"),
                        org.assertj.core.groups.Tuple.tuple("pf.pingone.admin.url.environment.id", ENV));
        assertThat(presenter.editedKeys.get())
                .containsExactlyInAnyOrder(
                        "pf.pingone.admin.url.region", "pf.operational.mode", "pf.pingone.admin.url.environment.id");

        presenter.value(KnownSetting.PINGONE_REGION).set("com");

        assertThat(presenter.rows.get().get(1).value()).isEqualTo("com");
        assertThat(presenter.editedKeys.get()).doesNotContain("pf.pingone.admin.url.region");
    }

    @Test
    void valuesAreCheckedAsTypedAndAnInvalidOneBlocksSaving() {
        presenter.value(KnownSetting.ADMIN_HTTPS_PORT).set("99999");

        Verdict verdict = presenter.verdict(KnownSetting.ADMIN_HTTPS_PORT).get();
        assertThat(verdict.level()).isEqualTo(Verdict.Level.ERROR);
        assertThat(verdict.message()).contains("99999");
        assertThat(presenter.dirty.get()).isTrue();
        assertThat(presenter.canSave.get()).isFalse();

        presenter.value(KnownSetting.ADMIN_HTTPS_PORT).set("9998");

        assertThat(presenter.verdict(KnownSetting.ADMIN_HTTPS_PORT).get().level())
                .isEqualTo(Verdict.Level.OK);
        assertThat(presenter.canSave.get()).isTrue();
        presenter.value(KnownSetting.PINGONE_REGION).set("asia");
        assertThat(presenter.verdict(KnownSetting.PINGONE_REGION).get().level()).isEqualTo(Verdict.Level.WARNING);
    }

    @Test
    void saveShowsTheDiffWritesWithABackupAndRemindsToRestart() throws IOException {
        presenter.fillFrom(presenter.credentials().get(0));
        dialogs.previewAnswer = true;

        presenter.save();

        assertThat(dialogs.diffs)
                .singleElement()
                .satisfies(diff -> assertThat(diff)
                        .contains(
                                "-pf.pingone.admin.url.region=com",
                                "+pf.pingone.admin.url.region=eu",
                                "+pf.pingone.admin.url.environment.id=" + ENV));
        assertThat(Files.readString(file)).contains("pf.pingone.admin.url.region=eu\n", "custom.key=hello\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> !p.equals(file)))
                    .singleElement()
                    .satisfies(backup -> assertThat(Files.readString(backup)).isEqualTo(CONTENT));
        }
        assertThat(dialogs.asked).anySatisfy(message -> assertThat(message).contains("Restart PingFederate"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(presenter.dirty.get()).isFalse();
        assertThat(presenter.rows.get()).extracting(PropertyStatus::value).contains("eu", ENV);
        assertThat(presenter.editedKeys.get()).isEmpty();
    }

    @NeedsPosixPermissions
    @Test
    void rootSavingInAFolderOthersCanWriteIsWarnedAfterTheSave() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        presenter.fillFrom(presenter.credentials().get(0));
        dialogs.previewAnswer = true;

        presenter.save();

        boolean root = (Integer) Files.getAttribute(file, "unix:uid") == 0;
        String warning = "running as root in folder " + dir.toRealPath();
        if (root) {
            assertThat(dialogs.asked)
                    .anySatisfy(message -> assertThat(message).contains("Restart PingFederate", warning));
        } else {
            assertThat(dialogs.asked).noneSatisfy(message -> assertThat(message).contains(warning));
        }
        assertThat(Files.readString(file)).contains("pf.pingone.admin.url.region=eu\n");
    }

    @Test
    void aDeclinedPreviewWritesNothingAndKeepsTheEdits() throws IOException {
        presenter.value(KnownSetting.OPERATIONAL_MODE).set("CLUSTERED_CONSOLE");
        dialogs.previewAnswer = false;

        presenter.save();

        assertThat(dialogs.diffs).hasSize(1);
        assertThat(Files.readString(file)).isEqualTo(CONTENT);
        assertThat(presenter.value(KnownSetting.OPERATIONAL_MODE).get()).isEqualTo("CLUSTERED_CONSOLE");
        assertThat(presenter.dirty.get()).isTrue();
    }

    @Test
    void aFileChangedOnDiskIsRefusedWithAnErrorAndTheFormStaysAsItWas() throws IOException {
        presenter.value(KnownSetting.ADMIN_HTTPS_PORT).set("9998");
        String theirs = CONTENT + "added.elsewhere=1\n";
        Files.writeString(file, theirs);
        dialogs.previewAnswer = true;

        presenter.save();

        assertThat(dialogs.errors).singleElement().satisfies(failure -> {
            assertThat(failure.what()).contains("not written");
            assertThat(failure.why()).isNotBlank();
        });
        assertThat(Files.readString(file)).isEqualTo(theirs);
        assertThat(presenter.value(KnownSetting.ADMIN_HTTPS_PORT).get()).isEqualTo("9998");
        assertThat(presenter.dirty.get()).isTrue();
        assertThat(presenter.canSave.get()).isTrue();
    }

    @Test
    void emptyingASettingRemovesItsLine() throws IOException {
        presenter.value(KnownSetting.OPERATIONAL_MODE).set("");
        dialogs.previewAnswer = true;

        presenter.save();

        assertThat(Files.readString(file)).doesNotContain("pf.operational.mode");
    }

    @Test
    void aCredentialWithoutRegionCannotFillAndChangesNothing() {
        presenter.fillFrom(credential(null, ENV));

        assertThat(dialogs.errors)
                .singleElement()
                .satisfies(f -> assertThat(f.why()).contains("region"));
        assertThat(presenter.value(KnownSetting.PINGONE_ENVIRONMENT_ID).get()).isEmpty();
    }

    @Test
    void openingAnotherFileAsksBeforeDroppingEdits() {
        presenter.value(KnownSetting.ADMIN_HTTPS_PORT).set("9998");
        dialogs.confirmAnswer = false;

        presenter.chooseAndOpen();

        assertThat(dialogs.asked).anySatisfy(m -> assertThat(m).contains("not saved"));
        assertThat(presenter.value(KnownSetting.ADMIN_HTTPS_PORT).get()).isEqualTo("9998");
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        presenter.open(dir.resolve("nope.properties"));

        assertThat(dialogs.errors)
                .singleElement()
                .satisfies(f -> assertThat(f.why()).contains("does not exist"));
        assertThat(presenter.file.get()).isEqualTo(file);
    }
}
