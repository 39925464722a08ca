package io.p1vault.ui;

import io.p1vault.model.Deployment;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.pingfederate.PingOneEnvironment;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.pingfederate.ConnectionsPresenter;
import io.p1vault.ui.pingfederate.EditConnectionPresenter;
import io.p1vault.ui.pingfederate.EnvironmentsPresenter;
import io.p1vault.ui.pingfederate.PushPresenter;
import io.p1vault.ui.pingfederate.ServerConnector;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.ui.testing.QueuedTasks;
import io.p1vault.ui.testing.StandInVault;
import io.p1vault.ui.testing.TestApp;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The push form and the connections browser against the stand-in, without a window. */
class PingFederatePresentersTest {
    @TempDir
    Path dir;

    private StandInVault pf;
    private Vault vault;
    private VaultSession session;
    private final FakeDialogs dialogs = new FakeDialogs();
    private Tasks tasks = new DirectTasks();
    private PingFederateServerEntry server;

    @BeforeEach
    void setUp() throws Exception {
        pf = new StandInVault();
        vault = Vault.open(pf.vault(dir.resolve("v.age"), "jti-a", "jti-b"), TestApp.PASSPHRASE.toCharArray());
        session = new VaultSession(tasks, dialogs);
        session.opened(vault);
        server = (PingFederateServerEntry)
                session.editor().find(null, StandInVault.SERVER).orElseThrow();
    }

    @AfterEach
    void tearDown() throws Exception {
        assertNoCanaryShown();
        vault.close();
        pf.close();
    }

    private GatewayCredentialEntry credential(String name) {
        return StandInVault.credential(session.editor(), name);
    }

    private ServerConnector connector() {
        return new ServerConnector(session, tasks, dialogs);
    }

    private PushPresenter push(String credential) {
        PushPresenter push = new PushPresenter(credential(credential), session, connector(), dialogs);
        push.selectServer(server);
        return push;
    }

    private ConnectionsPresenter browser() {
        ConnectionsPresenter browser = new ConnectionsPresenter(session, connector(), dialogs);
        browser.selectServer(server);
        return browser;
    }

    private void select(ConnectionsPresenter browser, String name) {
        browser.selected.set(browser.rows.get().stream()
                .filter(r -> r.connection().name().equals(name))
                .findFirst()
                .orElseThrow());
    }

    private void pushed(String credential, String connection) {
        dialogs.sendAnswer = true;
        PushPresenter push = push(credential);
        push.name.set(connection);
        push.preview();
        assertThat(push.done.get()).as("pushed " + credential).isNotNull();
    }

    @Test
    void pushPreviewsMaskedThenCreatesTheConnectionRecordsTheDeploymentAndSaves() throws Exception {
        PushPresenter push = push("jti-a");
        assertThat(push.name.get()).isEqualTo("Gateway jti-a");
        assertThat(push.existingNames.get()).isEmpty();
        push.description.set("from the desktop");
        dialogs.sendAnswer = true;

        push.preview();

        assertThat(dialogs.requestPreviews)
                .singleElement()
                .asString()
                .contains(
                        "create the PingOne connection \"Gateway jti-a\" (active)",
                        "POST /pf-admin-api/v1/pingOneConnections",
                        "\"credential\" : \"********\"",
                        "\"description\" : \"from the desktop\"");
        assertThat(pf.writes()).extracting(r -> r.method()).containsExactly("POST");
        assertThat(push.done.get())
                .isEqualTo("Created the PingOne connection \"Gateway jti-a\" on stand-in, active; "
                        + "recorded on \"jti-a\".");
        Deployment deployment = credential("jti-a").getDeployments().get(0);
        assertThat(deployment.connectionName).isEqualTo("Gateway jti-a");
        assertThat(deployment.credentialId).isEqualTo("jti-a");
        assertThat(deployment.serverId).isEqualTo(server.getId());
        assertThat(session.dirty.get()).as("saved").isFalse();
        assertThat(vault.hasUnsavedChanges()).isFalse();
    }

    @Test
    void pushingToAnExistingNameReplacesThatConnectionsCredential() {
        pushed("jti-a", "Shared");
        PushPresenter push = push("jti-b");
        push.name.set("Shared");
        assertThat(push.existingNames.get()).containsExactly("Shared");
        assertThat(push.replaces.get()).isTrue();

        push.preview();

        assertThat(dialogs.requestPreviews.get(1))
                .contains(
                        "credential: replace PingOne credential jti-a with jti-b",
                        "PUT /pf-admin-api/v1/pingOneConnections/");
        assertThat(push.done.get()).startsWith("Replaced the credential of the PingOne connection \"Shared\"");
        assertThat(credential("jti-b").getDeployments())
                .singleElement()
                .extracting(d -> d.credentialId)
                .isEqualTo("jti-b");
    }

    @Test
    void declineAtThePreviewSendsNothingAndChangesNothing() {
        PushPresenter push = push("jti-a");
        dialogs.sendAnswer = false;

        push.preview();

        assertThat(dialogs.requestPreviews).hasSize(1);
        assertThat(pf.writes()).isEmpty();
        assertThat(push.done.get()).isNull();
        assertThat(credential("jti-a").getDeployments()).isEmpty();
        assertThat(session.dirty.get()).isFalse();
    }

    /** A push form whose background work waits until the test runs it; the server's names already read. */
    private PushPresenter pushWithQueuedTasks(QueuedTasks queued) {
        tasks = queued;
        PushPresenter push = new PushPresenter(credential("jti-a"), session, connector(), dialogs);
        push.selectServer(server);
        queued.runAll();
        dialogs.sendAnswer = true;
        push.preview();
        assertThat(push.call.busy.get()).isTrue();
        return push;
    }

    @Test
    void cancelWhileThePushIsBeingPreparedShowsNoPreviewAndSendsNothing() {
        QueuedTasks queued = new QueuedTasks();
        PushPresenter push = pushWithQueuedTasks(queued);
        assertThat(push.call.cancellable.get()).isTrue();

        assertThat(push.call.cancel()).isTrue();
        queued.runAll();

        assertThat(dialogs.requestPreviews).isEmpty();
        assertThat(pf.writes()).isEmpty();
        assertThat(push.call.busy.get()).isFalse();
        assertThat(push.done.get()).isNull();
    }

    @Test
    void theSendItselfIsNotCancelledAndIsRecordedWhenItCompletes() {
        QueuedTasks queued = new QueuedTasks();
        PushPresenter push = pushWithQueuedTasks(queued);
        queued.runNext();
        assertThat(dialogs.requestPreviews).hasSize(1);
        assertThat(push.call.activity.get()).isEqualTo("Sending to stand-in…");
        assertThat(push.call.cancellable.get()).isFalse();

        assertThat(push.call.cancel()).as("a write is not cancelled").isFalse();
        push.selectServer(null);
        assertThat(push.server.get()).as("no other server while the write runs").isEqualTo(server);
        queued.runAll();

        assertThat(pf.writes()).hasSize(1);
        assertThat(push.done.get()).isNotNull();
        assertThat(credential("jti-a").getDeployments()).hasSize(1);
    }

    @Test
    void aRefusedNameIsShownBesideTheNameFieldAndTheFormKeepsItsValues() {
        pushed("jti-a", "Production");
        PushPresenter push = push("jti-b");
        push.name.set("PRODUCTION");
        push.description.set("second try");

        push.preview();

        assertThat(push.errors.field("name").get()).isEqualTo("A PingOne connection named 'PRODUCTION' already exists");
        assertThat(push.errors.field("description").get()).isNull();
        assertThat(push.errors.message.get())
                .startsWith("Nothing was changed on PingFederate.")
                .contains("beside their fields");
        assertThat(push.name.get()).isEqualTo("PRODUCTION");
        assertThat(push.description.get()).isEqualTo("second try");
        assertThat(push.done.get()).isNull();
        assertThat(credential("jti-b").getDeployments()).isEmpty();
    }

    @Test
    void aRefusedCredentialIsShownBesideTheCredentialWithoutItsValue() {
        pushed("jti-a", "First");
        PushPresenter push = push("jti-a");
        push.name.set("Second");

        push.preview();

        assertThat(push.errors.field("credential").get())
                .isEqualTo("The credential is already used by another PingOne connection");
        List<String> shown =
                new ArrayList<>(List.of(push.errors.field("credential").get(), push.errors.message.get()));
        shown.addAll(dialogs.requestPreviews);
        assertThat(String.join("\n", shown))
                .doesNotContain(StandInVault.SIGNATURE)
                .doesNotContain(StandInVault.PASSWORD)
                .doesNotContain(new String(credential("jti-a").getCredential().reveal()));
    }

    @Test
    void anEmptyNameIsRefusedBeforeAnythingIsAsked() {
        PushPresenter push = push("jti-a");
        push.name.set("  ");
        push.preview();
        assertThat(push.errors.field("name").get()).isEqualTo("A name is required.");
        assertThat(dialogs.requestPreviews).isEmpty();
    }

    @Test
    void aFailedCallLeavesTheFormAsItWasWithTheReason() {
        PushPresenter push = push("jti-a");
        push.name.set("New one");
        pf.standIn.failNextRequest(503, "PingFederate is restarting");

        push.preview();

        assertThat(push.errors.message.get())
                .startsWith("Nothing was changed on PingFederate.")
                .contains("503", "PingFederate is restarting");
        assertThat(push.name.get()).isEqualTo("New one");
        assertThat(push.call.busy.get()).isFalse();
        assertThat(push.canPreview.get()).isTrue();
        assertThat(pf.writes()).isEmpty();
    }

    @Test
    void theBrowserListsConnectionsWithTheVaultCredentialEachHolds() {
        pushed("jti-a", "Recorded");
        try (var client = io.p1vault.pingfederate.PingFederateClient.forServer(server)) {
            var api = new io.p1vault.pingfederate.PingOneConnections(client);
            api.send(api.createRequest(
                    "Elsewhere", null, false, credential("jti-b").getCredential()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        ConnectionsPresenter browser = browser();

        assertThat(browser.rows.get())
                .extracting(
                        r -> r.connection().name(),
                        ConnectionsPresenter.Row::heldBy,
                        ConnectionsPresenter.Row::credentialStatus)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Recorded", "jti-a", "VALID"),
                        org.assertj.core.groups.Tuple.tuple("Elsewhere", null, "UNKNOWN"));
        assertThat(browser.message.get()).isEqualTo("2 PingOne connections on stand-in.");
        assertThat(browser.canChange.get()).isFalse();
        select(browser, "Recorded");
        assertThat(browser.canChange.get()).isTrue();
    }

    @Test
    void replaceTheCredentialOfTheSelectedConnection() {
        pushed("jti-a", "Gateway");
        ConnectionsPresenter browser = browser();
        select(browser, "Gateway");

        browser.replaceCredential(credential("jti-b"));

        assertThat(dialogs.requestPreviews.get(1))
                .contains(
                        "Replace the credential of \"Gateway\" on stand-in?",
                        "credential: replace PingOne credential jti-a with jti-b",
                        "\"credential\" : \"********\"");
        assertThat(browser.rows.get())
                .singleElement()
                .extracting(ConnectionsPresenter.Row::heldBy)
                .isEqualTo("jti-b");
        assertThat(browser.selected.get().connection().credentialId())
                .as("selection kept over the refresh")
                .isEqualTo("jti-b");
        assertThat(browser.message.get()).startsWith("Replaced the credential of the PingOne connection \"Gateway\"");
        assertThat(credential("jti-b").getDeployments()).hasSize(1);
        assertThat(session.dirty.get()).isFalse();
    }

    @Test
    void disableAndEnableKeepTheCredentialAndUpdateTheDeployment() {
        pushed("jti-a", "Gateway");
        ConnectionsPresenter browser = browser();
        select(browser, "Gateway");

        browser.setActive(false);

        assertThat(dialogs.requestPreviews.get(1))
                .contains(
                        "Disable \"Gateway\" on stand-in?",
                        "active: true -> false",
                        "\"encryptedCredential\" : \"********\"");
        PingOneConnection now = browser.rows.get().get(0).connection();
        assertThat(now.active()).isFalse();
        assertThat(now.credentialId()).isEqualTo("jti-a");
        assertThat(browser.rows.get().get(0).heldBy()).isEqualTo("jti-a");
        assertThat(credential("jti-a").getDeployments().get(0).state).isEqualTo("inactive");
        assertThat(browser.message.get()).endsWith("disabled");

        browser.setActive(true);
        assertThat(browser.rows.get().get(0).connection().active()).isTrue();
    }

    @Test
    void renameShowsARefusedNameBesideTheNameFieldThenRenames() {
        pushed("jti-a", "First");
        pushed("jti-b", "Second");
        ConnectionsPresenter browser = browser();
        select(browser, "Second");
        EditConnectionPresenter edit = browser.edit();
        edit.name.set("first");

        edit.save();

        assertThat(edit.errors.field("name").get()).isEqualTo("A PingOne connection named 'first' already exists");
        assertThat(edit.done.get()).isFalse();
        assertThat(edit.name.get()).isEqualTo("first");

        edit.name.set("Second, renamed");
        edit.description.set("EU workforce");
        edit.save();

        assertThat(edit.errors.field("name").get()).isNull();
        assertThat(edit.done.get()).isTrue();
        assertThat(browser.rows.get()).extracting(r -> r.connection().name()).contains("Second, renamed");
        assertThat(credential("jti-b").getDeployments().get(0).connectionName).isEqualTo("Second, renamed");
    }

    @Test
    void deleteShowsWhatUsesTheConnectionFirstAndMarksTheDeploymentDeleted() {
        pushed("jti-a", "In use");
        pushed("jti-b", "Unused");
        ConnectionsPresenter browser = browser();
        String inUse = browser.rows.get().stream()
                .filter(r -> r.connection().name().equals("In use"))
                .findFirst()
                .orElseThrow()
                .connection()
                .id();
        pf.standIn.markInUse(inUse, "Workforce MFA");
        select(browser, "In use");
        dialogs.sendAnswer = false;

        browser.delete();

        assertThat(dialogs.requestPreviews.get(2))
                .contains(
                        "Used by:",
                        "Workforce MFA (IDP_ADAPTER, PingOne MFA IdP Adapter)",
                        "PingOne MFA IdP Adapter (PingOne MFA)",
                        "DELETE /pf-admin-api/v1/pingOneConnections/" + inUse);
        assertThat(browser.rows.get()).hasSize(2);

        select(browser, "Unused");
        dialogs.sendAnswer = true;
        browser.delete();

        assertThat(dialogs.requestPreviews.get(3)).contains("Used by: nothing.", "configured with it: none.");
        assertThat(browser.rows.get()).extracting(r -> r.connection().name()).containsExactly("In use");
        assertThat(browser.selected.get()).isNull();
        assertThat(credential("jti-b").getDeployments().get(0).state).isEqualTo("deleted");
        assertThat(browser.message.get()).isEqualTo("Deleted the PingOne connection \"Unused\" on stand-in.");
    }

    @Test
    void aConnectionInUseIsNotDeletedAndTheBrowserSaysWhy() {
        pushed("jti-a", "In use");
        ConnectionsPresenter browser = browser();
        pf.standIn.markInUse(browser.rows.get().get(0).connection().id(), "Workforce MFA");
        select(browser, "In use");
        dialogs.sendAnswer = true;

        browser.delete();

        assertThat(browser.failed.get()).isTrue();
        assertThat(browser.message.get())
                .startsWith("The connection was not deleted.")
                .contains("Workforce MFA");
        assertThat(browser.rows.get()).hasSize(1);
        assertThat(credential("jti-a").getDeployments().get(0).state).isEqualTo("active");
    }

    @Test
    void environmentsAreFilteredByTheServer() {
        pushed("jti-a", "Gateway");
        ConnectionsPresenter browser = browser();
        select(browser, "Gateway");
        EnvironmentsPresenter environments = browser.environments();

        environments.load("");
        assertThat(environments.rows.get())
                .hasSize(6)
                .extracting(PingOneEnvironment::name)
                .contains("Production", "Staging");
        environments.load("STAG");
        assertThat(environments.rows.get()).extracting(PingOneEnvironment::name).containsExactly("Staging");
        assertThat(environments.message.get()).isEqualTo("One environment.");
        assertThat(pf.standIn.recordedRequests())
                .anySatisfy(r -> assertThat(r.path()).contains("filter=STAG"));
    }

    @Test
    void aFailedSaveSaysThatPingFederateWasChangedAllTheSame() throws Exception {
        // Someone else wrote the vault file: the save refuses to overwrite it.
        java.nio.file.Files.write(dir.resolve("v.age"), new byte[] {'x'}, java.nio.file.StandardOpenOption.APPEND);
        pushed("jti-a", "Gateway");
        assertThat(dialogs.errors)
                .extracting(Failure::what)
                .singleElement()
                .asString()
                .startsWith("Created the PingOne connection \"Gateway\" on stand-in")
                .contains("could not be saved");
        assertThat(session.dirty.get()).isTrue();
        assertThat(pf.writes()).hasSize(1);
    }

    private void assertNoCanaryShown() {
        List<String> shown = new ArrayList<>(dialogs.requestPreviews);
        shown.addAll(dialogs.asked);
        dialogs.errors.forEach(f -> shown.add(f.what() + f.why() + f.advice()));
        for (String text : shown) {
            assertThat(text).doesNotContain(StandInVault.SIGNATURE).doesNotContain(StandInVault.PASSWORD);
        }
    }
}
