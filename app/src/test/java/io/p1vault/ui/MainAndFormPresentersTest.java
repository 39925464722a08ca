package io.p1vault.ui;

import io.p1vault.TestCredentials;
import io.p1vault.desktop.Settings;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.ui.details.EntryDetails;
import io.p1vault.ui.entry.EntryForm;
import io.p1vault.ui.entry.GatewayCredentialForm;
import io.p1vault.ui.main.HistoryRows;
import io.p1vault.ui.main.MainPresenter;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.settings.SettingsPresenter;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's presenter, the entry forms and the settings form, without a window. */
class MainAndFormPresentersTest {
    static final String ENV = TestCredentials.ENVIRONMENT_ID;

    @TempDir
    Path dir;

    final FakeDialogs dialogs = new FakeDialogs();
    VaultSession session;
    MainPresenter main;

    @BeforeEach
    void open() throws Exception {
        session = new VaultSession(new DirectTasks(), dialogs);
        main = new MainPresenter(session, dialogs);
        session.opened(Vault.create(dir.resolve("v.age"), "pw".toCharArray(), 10));
    }

    @AfterEach
    void close() {
        session.lock();
    }

    private Entry add(EntryKind kind, String... fieldValues) throws Exception {
        EntryForm form = EntryForm.adding(kind, session);
        for (int i = 0; i < fieldValues.length; i += 2) {
            if (form.field(fieldValues[i]).type() == io.p1vault.ui.entry.FormField.Type.SECRET) {
                form.field(fieldValues[i]).setSecret(fieldValues[i + 1].toCharArray());
            } else {
                form.field(fieldValues[i]).text.set(fieldValues[i + 1]);
            }
        }
        assertThat(form.submit())
                .as(String.valueOf(
                        form.fields().stream().map(f -> f.error.get()).toList()))
                .isTrue();
        return session.editor().require(kind, form.field("name").text.get().strip());
    }

    private Entry addApp(String name) throws Exception {
        return add(
                EntryKind.PINGONE_APPLICATION,
                "name",
                name,
                "environmentId",
                ENV,
                "clientId",
                "client-" + name,
                "secret",
                "s3cret-" + name,
                "region",
                "eu");
    }

    private Entry addServer(String name, String notes) throws Exception {
        return add(
                EntryKind.PINGFEDERATE_SERVER,
                "name",
                name,
                "url",
                "https://" + name + ".example.com:9999",
                "username",
                "admin",
                "secret",
                "pw-" + name,
                "notes",
                notes);
    }

    @Test
    void entriesAreGroupedByKindSortedAndFilteredAsYouType() throws Exception {
        addServer("zeta", "");
        addServer("Alpha", "rotate in March");
        addApp("billing");
        assertThat(main.groups.get())
                .extracting(MainPresenter.Group::kind)
                .containsExactly(EntryKind.PINGONE_APPLICATION, EntryKind.PINGFEDERATE_SERVER);
        assertThat(main.groups.get().get(1).entries())
                .extracting(Entry::getName)
                .containsExactly("Alpha", "zeta");

        main.query.set("MARCH");
        assertThat(main.shownCount()).isEqualTo(1);
        assertThat(main.groups.get().get(0).entries().get(0).getName()).isEqualTo("Alpha");
        main.query.set("pingfederate");
        assertThat(main.shownCount()).isEqualTo(2);
        main.query.set("no such thing");
        assertThat(main.groups.get()).isEmpty();
    }

    private Vault otherVault(String file, String... serverNames) throws Exception {
        Vault other = Vault.create(dir.resolve(file), "pw".toCharArray(), 10);
        for (String name : serverNames) {
            new VaultEditor(other).addServer(name, "https://" + name + ".example.com", "admin", "pw".toCharArray());
        }
        return other;
    }

    private List<String> shownNames() {
        return main.groups.get().stream()
                .flatMap(g -> g.entries().stream())
                .map(Entry::getName)
                .toList();
    }

    @Test
    void groupsPreparedBeforeAVaultIsShownAreTheOnesItShowsOnce() throws Exception {
        session.lock();
        Vault other = otherVault("other.age", "zeta", "Alpha");
        main.prepare(other);
        // Added after the grouping: the refresh that shows the vault takes the prepared groups, the next one regroups.
        new VaultEditor(other).addServer("beta", "https://beta.example.com", "admin", "pw".toCharArray());

        session.opened(other);
        assertThat(shownNames()).containsExactly("Alpha", "zeta");
        session.changed();
        assertThat(shownNames()).containsExactly("Alpha", "beta", "zeta");
    }

    @Test
    void groupsPreparedForAnotherVaultOrWithoutTheSearchAreNotShown() throws Exception {
        Vault other = otherVault("other.age", "zeta");
        main.prepare(other);
        session.changed();
        assertThat(main.groups.get()).isEmpty();
        other.close();

        session.lock();
        Vault searched = otherVault("searched.age", "zeta", "Alpha");
        main.query.set("alp");
        main.prepare(searched);
        session.opened(searched);
        assertThat(shownNames()).containsExactly("Alpha");
    }

    @Test
    void aSelectionHiddenByTheSearchIsCleared() throws Exception {
        Entry app = addApp("billing");
        main.selected.set(app);
        assertThat(main.canChangeSelected.get()).isTrue();
        assertThat(main.hasSecret.get()).isTrue();
        main.query.set("zzz");
        assertThat(main.selected.get()).isNull();
        assertThat(main.canChangeSelected.get()).isFalse();
    }

    @Test
    void deleteAsksFirst() throws Exception {
        Entry app = addApp("billing");
        main.selected.set(app);
        dialogs.confirmAnswer = false;
        main.delete();
        assertThat(session.editor().entries()).containsExactly(app);
        dialogs.confirmAnswer = true;
        main.delete();
        assertThat(session.editor().entries()).isEmpty();
        assertThat(dialogs.asked).allMatch(q -> q.contains("\"billing\""));
        assertThat(session.dirty.get()).isTrue();
    }

    @Test
    void aPastedCredentialShowsItsClaimsBeforeSavingAndGarbageIsRefusedWithTheReason() {
        EntryForm form = EntryForm.adding(EntryKind.GATEWAY_CREDENTIAL, session);
        java.util.function.Consumer<char[]> paste = ((GatewayCredentialForm) form)::credentialChanged;
        paste.accept("hello world".toCharArray());
        assertThat(form.field("credential").error.get()).startsWith("Not accepted: this is not a PingOne credential");
        assertThat(form.preview.get()).isEmpty();
        assertThat(form.submit()).isFalse();
        assertThat(session.editor().entries()).isEmpty();

        String jwt = TestCredentials.jwt(TestCredentials.claims("jti-1"), "c2ln");
        paste.accept((jwt.substring(0, 30) + "\n  " + jwt.substring(30)).toCharArray());
        assertThat(form.field("credential").error.get()).isNull();
        assertThat(form.preview.get())
                .extracting(EntryDetails.Row::value)
                .contains("PF gateway", "Production", ENV, "Europe (eu)", "jti-1");
        assertThat(form.field("name").text.get()).isEqualTo("PF gateway");
        assertThat(form.submit()).isTrue();
        assertThat(session.editor().entries())
                .singleElement()
                .satisfies(e -> assertThat(String.valueOf(e.secret().reveal())).isEqualTo(jwt));

        EntryForm again = EntryForm.adding(EntryKind.GATEWAY_CREDENTIAL, session);
        ((GatewayCredentialForm) again).credentialChanged(jwt.toCharArray());
        assertThat(again.submit()).isFalse();
        assertThat(again.field("credential").error.get()).contains("already in the vault");
    }

    @Test
    void aRefusedFieldIsShownBesideItAndNothingIsAdded() {
        EntryForm form = EntryForm.adding(EntryKind.PINGONE_APPLICATION, session);
        form.field("name").text.set("billing");
        form.field("environmentId").text.set("not-a-uuid");
        form.field("clientId").text.set("c");
        form.field("secret").setSecret("s".toCharArray());
        assertThat(form.submit()).isFalse();
        assertThat(form.field("environmentId").error.get()).startsWith("The environment ID must be a UUID");
        assertThat(session.editor().entries()).isEmpty();
        form.field("environmentId").text.set(ENV);
        assertThat(form.field("environmentId").error.get()).isNull();
        assertThat(form.submit()).isTrue();
    }

    @Test
    void editingChangesFieldsRenamesAndReplacesTheSecretOnlyWhenGiven() throws Exception {
        PingOneApplicationEntry app = (PingOneApplicationEntry) addApp("billing");
        EntryForm edit = EntryForm.editing(app, session);
        assertThat(edit.field("clientId").text.get()).isEqualTo("client-billing");
        edit.field("clientId").text.set("client-2");
        edit.field("name").text.set("billing-prod");
        edit.field("notes").text.set("owner: team A");
        assertThat(edit.submit()).isTrue();
        assertThat(app.getClientId()).isEqualTo("client-2");
        assertThat(app.getName()).isEqualTo("billing-prod");
        assertThat(app.getNotes()).isEqualTo("owner: team A");
        assertThat(String.valueOf(app.getClientSecret().reveal())).isEqualTo("s3cret-billing");

        EntryForm secret = EntryForm.editing(app, session);
        secret.field("secret").setSecret("rotated".toCharArray());
        assertThat(secret.submit()).isTrue();
        assertThat(String.valueOf(app.getClientSecret().reveal())).isEqualTo("rotated");
        assertThat(HistoryRows.of(session.vault.get().document()))
                .extracting(HistoryRows.Row::detail)
                .anyMatch(d -> d.contains("replaced the client secret"))
                .noneMatch(d -> d.contains("rotated"));

        PingFederateServerEntry pf = (PingFederateServerEntry) addServer("pf", "");
        EntryForm server = EntryForm.editing(pf, session);
        server.field("url").text.set("http://insecure");
        assertThat(server.submit()).isFalse();
        assertThat(server.field("url").error.get()).contains("https://");
        assertThat(pf.getAdminUrl()).isEqualTo("https://pf.example.com:9999");
    }

    @Test
    void anAgeIdentityIsGeneratedAndACredentialIsMarkedUnused() throws Exception {
        Entry identity = add(EntryKind.AGE_IDENTITY, "name", "me");
        assertThat(EntryDetails.of(identity).get(0).rows())
                .extracting(EntryDetails.Row::value)
                .anyMatch(v -> v != null && v.startsWith("age1"));
        EntryForm form = EntryForm.adding(EntryKind.GATEWAY_CREDENTIAL, session);
        ((GatewayCredentialForm) form)
                .credentialChanged(TestCredentials.jwt("jti-x").toCharArray());
        assertThat(form.submit()).isTrue();
        Entry credential = session.editor().require(EntryKind.GATEWAY_CREDENTIAL, "PF gateway");
        assertThat(EntryDetails.of(credential))
                .filteredOn(s -> "Deployments".equals(s.title()))
                .singleElement()
                .satisfies(s -> assertThat(s.rows()).singleElement().satisfies(r -> {
                    assertThat(r.style()).isEqualTo(EntryDetails.Style.WARNING);
                    assertThat(r.value()).contains("unused");
                }));
    }

    @Test
    void aPostQuantumIdentityIsChosenWhenAddedAndItsLongRecipientIsShownShortened() throws Exception {
        AgeIdentityEntry identity =
                (AgeIdentityEntry) add(EntryKind.AGE_IDENTITY, "name", "future", "keyType", "post-quantum");
        assertThat(identity.getRecipient()).startsWith("age1pq1").hasSize(1959);
        String shown = EntryDetails.of(identity).get(0).rows().stream()
                .filter(r -> r.style() == EntryDetails.Style.COPYABLE_CODE)
                .findFirst()
                .orElseThrow()
                .value();
        assertThat(shown)
                .startsWith(identity.getRecipient().substring(0, 24) + "…")
                .contains(identity.getRecipient().substring(1951))
                .contains("1,959 characters")
                .hasSizeLessThan(100);
        assertThat(EntryForm.editing(identity, session).field("keyType"))
                .as("the key type is fixed once made")
                .isNull();
        AgeIdentityEntry classic = (AgeIdentityEntry) add(EntryKind.AGE_IDENTITY, "name", "classic");
        assertThat(EntryDetails.shortRecipient(classic.getRecipient())).isEqualTo(classic.getRecipient());
    }

    @Test
    void settingsApplyTheThemeLiveRestoreItOnCancelAndSaveOnOk() {
        Settings current = new Settings();
        current.theme = Settings.Theme.LIGHT;
        List<Settings.Theme> applied = new ArrayList<>();
        List<Settings> saved = new ArrayList<>();
        SettingsPresenter form = new SettingsPresenter(current, applied::add, saved::add);
        form.theme.set(Settings.Theme.DARK);
        assertThat(applied).containsExactly(Settings.Theme.DARK);
        form.cancel();
        assertThat(applied).containsExactly(Settings.Theme.DARK, Settings.Theme.LIGHT);
        assertThat(saved).isEmpty();

        SettingsPresenter again = new SettingsPresenter(current, applied::add, saved::add);
        again.theme.set(Settings.Theme.DARK);
        again.autoLockMinutes.set(15);
        again.clipboardSeconds.set(45);
        again.lockOnMinimise.set(true);
        again.workFactor.set(12);
        again.runPropertiesBackups.set(2);
        assertThat(again.weakWorkFactor()).isTrue();
        again.ok();
        assertThat(saved).singleElement().satisfies(s -> {
            assertThat(s.theme).isEqualTo(Settings.Theme.DARK);
            assertThat(s.autoLockMinutes).isEqualTo(15);
            assertThat(s.clipboardSeconds).isEqualTo(45);
            assertThat(s.lockOnMinimise).isTrue();
            assertThat(s.workFactor).isEqualTo(12);
            assertThat(s.runPropertiesBackups).isEqualTo(2);
        });
        assertThat(current.theme).isEqualTo(Settings.Theme.LIGHT);
    }
}
