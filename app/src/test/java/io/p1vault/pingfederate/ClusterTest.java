package io.p1vault.pingfederate;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import io.p1vault.TestCredentials;
import io.p1vault.model.Deployment;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.HistoryRecord;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.PingFederateException.Reason;
import io.p1vault.pingfederate.standin.RecordedRequest;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Cluster status and replication against the stand-in in both modes, the requests checked against
 * PingFederate 12.1's full OpenAPI document, and what the vault records of a replication.
 */
class ClusterTest {
    private static final Cluster.Pause NO_PAUSE = d -> {};

    @TempDir
    Path dir;

    private StandInFixture pf;
    private PingFederateClient client;
    private Vault vault;

    private Cluster start(boolean clustered) throws Exception {
        pf = new StandInFixture(clustered);
        pf.standIn.recordRequests();
        client = PingFederateClient.forServer(pf.trustedServer());
        return new Cluster(client, Duration.ofSeconds(5), Duration.ZERO, NO_PAUSE);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (vault != null) {
            vault.close();
        }
        client.close();
        pf.close();
    }

    private PingOneConnection create(String jti) throws Exception {
        PingOneConnections api = new PingOneConnections(client);
        return api.send(api.createRequest(
                        "Gateway " + jti,
                        null,
                        true,
                        io.p1vault.model.Secret.of(TestCredentials.jwt(TestCredentials.claims(jti), "c2ln")
                                .toCharArray())))
                .orElseThrow();
    }

    private RecordedRequest last(String method, String path) {
        List<RecordedRequest> matching = pf.standIn.recordedRequests().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
        assertThat(matching).as(method + " " + path).isNotEmpty();
        return matching.get(matching.size() - 1);
    }

    @Test
    void aStandaloneServerHasNoClusterAndRefusesToReplicate() throws Exception {
        Cluster cluster = start(false);
        assertThat(cluster.status()).isEmpty();
        assertThat(cluster.check()).isEqualTo(ClusterCheck.STANDALONE);
        assertThat(cluster.check().replicationRequired()).isFalse();
        PingFederateException e = catchThrowableOfType(PingFederateException.class, cluster::replicate);
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.getMessage()).contains("POST /cluster/replicate").contains("not deployed in clustered mode");
    }

    @Test
    void aWriteLeavesTheEnginesBehindUntilReplicated() throws Exception {
        Cluster cluster = start(true);
        ClusterStatus before = cluster.status().orElseThrow();
        assertThat(before.nodes())
                .extracting(ClusterNode::mode)
                .containsExactly("CLUSTERED_CONSOLE", "CLUSTERED_ENGINE", "CLUSTERED_ENGINE");
        assertThat(before.replicationRequired()).isFalse();
        assertThat(before.describe()).isEqualTo("clustered, 3 nodes (1 console, 2 engines)");

        create("jti-c1");
        ClusterCheck check = cluster.check();
        assertThat(check.clustered()).isTrue();
        assertThat(check.replicationRequired()).isTrue();
        assertThat(check.status().behindMessage()).isEqualTo("2 engine nodes have not received this change.");
        assertThat(check.status().engines())
                .extracting(ClusterNode::replicationStatus)
                .containsOnly("OUT_OF_DATE");

        Cluster.Replication done = cluster.replicate();
        assertThat(done.message()).isEqualTo("Replication completed successfully");
        assertThat(done.status().replicationRequired()).isFalse();
        assertThat(done.status().engines())
                .extracting(ClusterNode::replicationStatus)
                .containsOnly("SUCCEEDED");
        assertThat(pf.standIn.recordedRequests().stream()
                        .filter(r -> r.path().endsWith("/cluster/status"))
                        .count())
                .as("followed the engines through RETRIEVING and APPLYING")
                .isGreaterThanOrEqualTo(5);
        assertThat(cluster.check().replicationRequired()).isFalse();
    }

    @Test
    void theRequestsAndTheStatusAnswerFitTheOpenApiDocument() throws Exception {
        Cluster cluster = start(true);
        create("jti-c2");
        ClusterStatus status = cluster.status().orElseThrow();
        cluster.replicate();

        RecordedRequest replicate = last("POST", "/pf-admin-api/v1/cluster/replicate");
        assertThat(replicate.body()).as("the document defines no request body").isEmpty();
        assertThat(replicate.headers())
                .containsEntry("X-xsrf-header", "PingFederate")
                .doesNotContainKey("Content-type");
        assertThat(PfApiOracle.validator()
                        .validateRequest(PfApiOracle.request(replicate))
                        .getMessages())
                .isEmpty();
        RecordedRequest get = last("GET", "/pf-admin-api/v1/cluster/status");
        assertThat(PfApiOracle.validator()
                        .validateRequest(PfApiOracle.request(get))
                        .getMessages())
                .isEmpty();

        // The stand-in's answer as PingFederate documents it (unknown fields are errors): what the client parses.
        String answer = PingFederateJson.mapper().writeValueAsString(client.send(ApiRequest.get("/cluster/status")));
        assertThat(PfApiOracle.validator()
                        .validateResponse(
                                "/pf-admin-api/v1/cluster/status",
                                Request.Method.GET,
                                SimpleResponse.Builder.ok()
                                        .withContentType("application/json")
                                        .withBody(answer)
                                        .build())
                        .getMessages())
                .isEmpty();
        assertThat(status.lastConfigUpdateTime()).isNotNull();
        assertThat(status.currentNodeIndex()).isZero();
    }

    @Test
    void aRefusedReplicationCarriesPingFederatesMessage() throws Exception {
        Cluster cluster = start(true);
        create("jti-c3");
        pf.standIn.failNextRequest(422, "Replication is not allowed while a configuration import is running.");
        PingFederateException e = catchThrowableOfType(PingFederateException.class, cluster::replicate);
        assertThat(e.getMessage()).contains("Replication is not allowed while a configuration import is running");
        assertThat(cluster.check().replicationRequired())
                .as("nothing was replicated")
                .isTrue();
    }

    @Test
    void enginesThatFailToApplyTheReplicationAreNamed() throws Exception {
        Cluster cluster = start(true);
        create("jti-c5");
        pf.standIn.failNextReplicationOnEngines();
        PingFederateException e = catchThrowableOfType(PingFederateException.class, cluster::replicate);
        assertThat(e.reason()).isEqualTo(Reason.SERVER_ERROR);
        assertThat(e.getMessage()).contains("2 engine nodes failed to apply it (127.0.0.1:7601, 127.0.0.1:7602)");
        assertThat(cluster.status().orElseThrow().enginesBehind())
                .as("FAILED engines lack the change")
                .isEqualTo(2);
    }

    @Test
    void enginesThatDoNotFinishInTimeAreATimeout() throws Exception {
        start(true);
        Cluster impatient = new Cluster(client, Duration.ZERO, Duration.ZERO, NO_PAUSE);
        PingFederateException e = catchThrowableOfType(PingFederateException.class, impatient::replicate);
        assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(e.getMessage())
                .contains("2 engine nodes were still retrieving or applying it")
                .contains("127.0.0.1:7601");
    }

    @Test
    void anUnreadableStatusAfterAWriteIsReportedNotThrown() throws Exception {
        Cluster cluster = start(true);
        pf.standIn.failNextRequest(500, "Cluster status unavailable.");
        ClusterCheck check = cluster.check();
        assertThat(check.clustered()).isFalse();
        assertThat(check.failure()).hasValueSatisfying(m -> assertThat(m).contains("Cluster status unavailable"));
    }

    @Test
    void theVaultRecordsPendingAndReplicatedDeployments() throws Exception {
        Cluster cluster = start(true);
        vault = Vault.create(dir.resolve("v.age"), "pass phrase".toCharArray(), 10);
        VaultEditor editor = new VaultEditor(vault);
        PingFederateServerEntry server = pf.trustedServer();
        vault.document().entries.add(server);
        GatewayCredentialEntry gw = editor.addGatewayCredential(
                        "gw",
                        TestCredentials.jwt(TestCredentials.claims("jti-c4"), "c2ln")
                                .toCharArray())
                .entry();
        PingOneConnections api = new PingOneConnections(client);
        Deployment d = CredentialPush.push(api, CredentialPush.plan(api, gw, null, null, null), server, gw, editor);

        ClusterCheck check = cluster.check();
        assertThat(ClusterRecords.markPending(editor, server, check.status())).isEqualTo(1);
        assertThat(d.replication).isEqualTo(Deployment.REPLICATION_PENDING);
        assertThat(d.replicatedAt).isNull();

        ClusterRecords.recordReplication(editor, server, cluster.replicate());
        assertThat(d.replication).isEqualTo(Deployment.REPLICATED);
        assertThat(d.replicatedAt).isAfterOrEqualTo(d.at);
        HistoryRecord last =
                vault.document().history.get(vault.document().history.size() - 1);
        assertThat(last.entryId).isEqualTo(server.getId());
        assertThat(last.detail)
                .isEqualTo("replicated the configuration of \"pf\" to 2 engine nodes; 1 deployment now "
                        + "on the engines");
        vault.save();
    }
}
