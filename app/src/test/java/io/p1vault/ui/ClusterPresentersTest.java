package io.p1vault.ui;

import io.p1vault.model.Deployment;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.HistoryRecord;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.ClusterNode;
import io.p1vault.ui.pingfederate.ClusterPresenter;
import io.p1vault.ui.pingfederate.ConnectionsPresenter;
import io.p1vault.ui.pingfederate.PushPresenter;
import io.p1vault.ui.pingfederate.ServerCall;
import io.p1vault.ui.pingfederate.ServerConnector;
import io.p1vault.ui.pingfederate.ServerTestPresenter;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.ui.testing.StandInVault;
import io.p1vault.ui.testing.TestApp;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desktop's cluster flow without a window, against the stand-in in both modes: what a push and
 * the connections browser say about the engines, Replicate now, its failure, Tools › Cluster status.
 */
class ClusterPresentersTest {
    private static final String REPLICATE = "POST /pf-admin-api/v1/cluster/replicate";

    @TempDir
    Path dir;

    private StandInVault pf;
    private Vault vault;
    private VaultSession session;
    private final FakeDialogs dialogs = new FakeDialogs();
    private PingFederateServerEntry server;

    private void start(boolean clustered) throws Exception {
        pf = new StandInVault(clustered);
        vault = Vault.open(pf.vault(dir.resolve("v.age"), "jti-a"), TestApp.PASSPHRASE.toCharArray());
        session = new VaultSession(new DirectTasks(), dialogs);
        session.opened(vault);
        server = (PingFederateServerEntry)
                session.editor().find(null, StandInVault.SERVER).orElseThrow();
        dialogs.sendAnswer = true;
    }

    @AfterEach
    void tearDown() throws Exception {
        assertThat(dialogs.errors).isEmpty();
        vault.close();
        pf.close();
    }

    private ServerConnector connector() {
        return new ServerConnector(session, new DirectTasks(), dialogs);
    }

    private PushPresenter pushed() {
        PushPresenter push = new PushPresenter(credential(), session, connector(), dialogs);
        push.selectServer(server);
        push.preview();
        assertThat(push.done.get()).isNotNull();
        return push;
    }

    private GatewayCredentialEntry credential() {
        return StandInVault.credential(session.editor(), "jti-a");
    }

    private Deployment deployment() {
        return credential().getDeployments().get(0);
    }

    private List<String> writes() {
        return pf.writes().stream().map(r -> r.method() + " " + r.path()).toList();
    }

    @Test
    void onAStandaloneServerAPushSaysNothingAboutEngines() throws Exception {
        start(false);
        PushPresenter push = pushed();
        assertThat(push.cluster.replicationRequired.get()).isFalse();
        assertThat(push.cluster.message.get()).isNull();
        assertThat(push.cluster.canReplicate.get()).isFalse();
        assertThat(deployment().replication).isNull();

        ClusterPresenter status = new ClusterPresenter(session, new ServerCall(connector()), dialogs);
        status.selectServer(server);
        assertThat(status.standalone.get()).isTrue();
        assertThat(status.status.get()).isNull();
        assertThat(status.message.get())
                .isEqualTo("stand-in is a standalone PingFederate: there are no engine nodes " + "to replicate to.");
        status.replicate();
        assertThat(writes()).doesNotContain(REPLICATE);
    }

    @Test
    void aPushOnAClusterShowsTheEnginesBehindAndReplicateNowBringsThemUpToDate() throws Exception {
        start(true);
        PushPresenter push = pushed();
        assertThat(push.cluster.replicationRequired.get()).isTrue();
        assertThat(push.cluster.canReplicate.get()).isTrue();
        assertThat(push.cluster.message.get()).isEqualTo("2 engine nodes have not received this change.");
        assertThat(deployment().replication).isEqualTo(Deployment.REPLICATION_PENDING);
        assertThat(vault.hasUnsavedChanges())
                .as("the pending state is saved with the push")
                .isFalse();
        assertThat(writes()).doesNotContain(REPLICATE);

        push.cluster.replicate();

        assertThat(writes()).endsWith(REPLICATE);
        assertThat(push.cluster.replicationRequired.get()).isFalse();
        assertThat(push.cluster.failed.get()).isFalse();
        assertThat(push.cluster.message.get())
                .isEqualTo("Replicated the configuration of stand-in to 2 engine nodes. "
                        + "Replication completed successfully");
        assertThat(push.cluster.status.get().engines())
                .extracting(ClusterNode::replicationStatus)
                .containsOnly("SUCCEEDED");
        assertThat(deployment().replication).isEqualTo(Deployment.REPLICATED);
        assertThat(deployment().replicatedAt).isNotNull();
        HistoryRecord last =
                vault.document().history.get(vault.document().history.size() - 1);
        assertThat(last.entryId).isEqualTo(server.getId());
        assertThat(last.detail).startsWith("replicated the configuration of \"stand-in\" to 2 engine nodes");
        assertThat(vault.hasUnsavedChanges()).isFalse();
    }

    @Test
    void theBrowsersBannerFollowsReplicationRequired() throws Exception {
        start(true);
        pushed();
        ConnectionsPresenter browser = new ConnectionsPresenter(session, connector(), dialogs);
        browser.selectServer(server);
        assertThat(browser.cluster.replicationRequired.get())
                .as("read with the list")
                .isTrue();
        browser.cluster.replicate();
        assertThat(browser.cluster.replicationRequired.get()).isFalse();

        browser.selected.set(browser.rows.get().get(0));
        browser.setActive(false);
        assertThat(browser.message.get()).contains("disabled");
        assertThat(browser.cluster.replicationRequired.get())
                .as("a disable is a write too")
                .isTrue();
        assertThat(browser.cluster.message.get()).isEqualTo("2 engine nodes have not received this change.");
        browser.refresh();
        assertThat(browser.cluster.replicationRequired.get()).isTrue();
    }

    @Test
    void aRefusedReplicationSaysPingFederatesMessageAndKeepsTheWrite() throws Exception {
        start(true);
        PushPresenter push = pushed();
        pf.standIn.failNextReplication(422, "Replication is not allowed while a configuration import is running.");
        push.cluster.replicate();
        assertThat(push.cluster.failed.get()).isTrue();
        assertThat(push.cluster.message.get())
                .contains("The replication of stand-in failed (the change itself was made)")
                .contains("Replication is not allowed while a configuration import is running");
        assertThat(push.cluster.replicationRequired.get())
                .as("the status read again")
                .isTrue();
        assertThat(deployment().replication).isEqualTo(Deployment.REPLICATION_PENDING);
        assertThat(push.done.get()).as("the push stays done").startsWith("Created the PingOne connection");
    }

    @Test
    void clusterStatusListsTheNodesAndWarnsOfMixedVersionsOnlyWhenThereAreSome() throws Exception {
        start(true);
        ClusterPresenter status = new ClusterPresenter(session, new ServerCall(connector()), dialogs);
        status.selectServer(server);
        assertThat(status.status.get().nodes())
                .extracting(ClusterNode::address)
                .containsExactly("127.0.0.1:7600", "127.0.0.1:7601", "127.0.0.1:7602");
        assertThat(status.message.get()).isEqualTo("The engine nodes have the admin console's latest configuration.");
        assertThat(status.replicationRequired.get()).isFalse();
        assertThat(status.canReplicate.get())
                .as("replicating without need is allowed")
                .isTrue();
        assertThat(status.mixedVersions()).isEmpty();
        status.replicate();
        assertThat(writes()).containsExactly(REPLICATE);
    }

    @ParameterizedTest(name = "clustered: {0}")
    @ValueSource(booleans = {false, true})
    void testConnectionSaysStandaloneOrClusteredWithTheNodeCount(boolean clustered) throws Exception {
        start(clustered);
        ServerTestPresenter test = new ServerTestPresenter(server, connector(), session, Clock.systemUTC());
        test.start();
        assertThat(test.result.get())
                .filteredOn(row -> row.label().equals("Cluster"))
                .singleElement()
                .extracting(row -> row.value())
                .isEqualTo(clustered ? "clustered, 3 nodes (1 console, 2 engines)" : "standalone");
    }
}
