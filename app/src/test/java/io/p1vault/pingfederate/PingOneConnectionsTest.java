package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;
import io.p1vault.TestCredentials;
import io.p1vault.model.Deployment;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.HistoryRecord;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.PingFederateException.Reason;
import io.p1vault.pingfederate.standin.RecordedRequest;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every PingOne connection operation against the stand-in, what the vault records of it, and which vault credential a connection holds. */
class PingOneConnectionsTest {
    static final String SIGNATURE = "CANARY-signature-3c9f";

    @TempDir
    Path dir;

    private StandInFixture pf;
    private Vault vault;
    private VaultEditor editor;
    private PingFederateServerEntry server;
    private PingFederateClient client;
    private PingOneConnections api;

    @BeforeEach
    void setUp() throws Exception {
        pf = new StandInFixture();
        pf.standIn.recordRequests();
        vault = Vault.create(dir.resolve("v.age"), "pass phrase".toCharArray(), 10);
        editor = new VaultEditor(vault);
        server = pf.trustedServer();
        vault.document().entries.add(server);
        client = PingFederateClient.forServer(server);
        api = new PingOneConnections(client);
    }

    @AfterEach
    void tearDown() throws Exception {
        client.close();
        vault.close();
        pf.close();
    }

    private GatewayCredentialEntry credential(String jti, String gatewayName) throws Exception {
        Map<String, Object> claims = TestCredentials.claims(jti);
        if (gatewayName == null) {
            claims.remove("gatewayName");
        } else {
            claims.put("gatewayName", gatewayName);
        }
        return editor.addGatewayCredential(
                        jti, TestCredentials.jwt(claims, SIGNATURE).toCharArray())
                .entry();
    }

    private Deployment push(GatewayCredentialEntry credential, String name) throws Exception {
        return CredentialPush.push(
                api, CredentialPush.plan(api, credential, name, null, null), server, credential, editor);
    }

    private List<RecordedRequest> writes() {
        return pf.standIn.recordedRequests().stream()
                .filter(r -> !r.method().equals("GET"))
                .toList();
    }

    @Test
    void pushCreatesAConnectionNamedAfterTheGatewayAndRecordsTheDeployment() throws Exception {
        GatewayCredentialEntry gw = credential("jti-1", "PF gateway EU");
        CredentialPush.Plan plan = CredentialPush.plan(api, gw, null, "from the vault", null);
        assertThat(plan.replaces()).isFalse();
        assertThat(plan.connectionName()).isEqualTo("PF gateway EU");
        assertThat(writes()).as("planning sends nothing").isEmpty();

        Deployment d = CredentialPush.push(api, plan, server, gw, editor);
        PingOneConnection created = api.get(d.connectionId);
        assertThat(created.name()).isEqualTo("PF gateway EU");
        assertThat(created.description()).isEqualTo("from the vault");
        assertThat(created.active()).isTrue();
        assertThat(created.credentialId()).isEqualTo("jti-1");
        assertThat(created.json().has("credential")).as("write-only").isFalse();
        assertThat(created.json().path("encryptedCredential").asText()).isNotEmpty();

        assertThat(d.serverId).isEqualTo(server.getId());
        assertThat(d.serverName).isEqualTo("pf");
        assertThat(d.connectionName).isEqualTo("PF gateway EU");
        assertThat(d.credentialId).isEqualTo("jti-1");
        assertThat(d.state).isEqualTo("active");
        assertThat(gw.getDeployments()).containsExactly(d);
        HistoryRecord last =
                vault.document().history.get(vault.document().history.size() - 1);
        assertThat(last.action).isEqualTo("push");
        assertThat(last.entryId).isEqualTo(gw.getId());
        assertThat(last.detail).contains("\"pf\"").contains(d.connectionId);
        vault.save();
    }

    @Test
    void withoutAGatewayNameTheEnvironmentNameIsUsed() throws Exception {
        assertThat(CredentialPush.defaultConnectionName(credential("jti-2", null)))
                .isEqualTo("Production");
    }

    @Test
    void pushingToAnExistingNameShowsTheChangesThenReplacesOnlyTheCredential() throws Exception {
        Deployment first = push(credential("jti-old", "Gateway"), null);
        GatewayCredentialEntry rotated = credential("jti-new", "Gateway");
        CredentialPush.Plan plan = CredentialPush.plan(api, rotated, null, null, false);
        assertThat(plan.replaces()).isTrue();
        assertThat(plan.changes())
                .containsExactly(
                        "credential: replace PingOne credential jti-old with jti-new", "active: true -> false");
        Deployment second = CredentialPush.push(api, plan, server, rotated, editor);
        assertThat(second.connectionId).isEqualTo(first.connectionId);
        assertThat(second.credentialId).isEqualTo("jti-new");
        assertThat(second.state).isEqualTo("inactive");
        assertThat(api.list()).hasSize(1);
        RecordedRequest put = writes().get(writes().size() - 1);
        assertThat(put.method()).isEqualTo("PUT");
        JsonNode body = PingFederateJson.mapper().readTree(put.body());
        assertThat(body.has("encryptedCredential"))
                .as("a new credential, not the old one")
                .isFalse();
        assertThat(body.path("credential").asText()).endsWith(SIGNATURE);
    }

    @Test
    void aCredentialAlreadyUsedByAnotherConnectionIsRefusedPerField() throws Exception {
        GatewayCredentialEntry gw = credential("jti-shared", "First");
        push(gw, null);
        PingFederateException e = catchThrowableOfType(PingFederateException.class, () -> push(gw, "Second"));
        assertThat(e.reason()).isEqualTo(Reason.VALIDATION);
        assertThat(e.fieldErrors())
                .extracting(PingFederateException.FieldError::fieldPath, PingFederateException.FieldError::errorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("credential", "credential_in_use"));
        assertThat(e.getMessage())
                .contains("credential: The credential is already used by another PingOne connection")
                .doesNotContain(SIGNATURE);
    }

    @Test
    void aMalformedCredentialIsRefusedPerField() {
        PingFederateException e = catchThrowableOfType(
                PingFederateException.class,
                () -> api.send(api.createRequest("x", null, true, Secret.of(("garbage." + SIGNATURE).toCharArray()))));
        assertThat(e.fieldErrors())
                .extracting(PingFederateException.FieldError::fieldPath)
                .containsExactly("credential");
        assertThat(e.getMessage()).contains("The credential is malformed").doesNotContain(SIGNATURE);
    }

    @Test
    void renameDescribeAndDisableKeepTheCredential() throws Exception {
        Deployment d = push(credential("jti-keep", "Gateway"), null);
        PingOneConnection before = api.get(d.connectionId);
        api.send(api.updateRequest(before, "Renamed", "new words", false));
        PingOneConnection after = api.find("Renamed");
        assertThat(after.id()).isEqualTo(d.connectionId);
        assertThat(after.description()).isEqualTo("new words");
        assertThat(after.active()).isFalse();
        assertThat(after.credentialId()).isEqualTo("jti-keep");
        JsonNode body = PingFederateJson.mapper()
                .readTree(writes().get(writes().size() - 1).body());
        assertThat(body.has("credential")).isFalse();
        assertThat(body.path("encryptedCredential").asText())
                .isEqualTo(before.json().path("encryptedCredential").asText());

        api.send(api.updateRequest(after, null, null, true));
        assertThat(api.get(d.connectionId).active()).isTrue();
        assertThat(api.get(d.connectionId).name()).isEqualTo("Renamed");

        editor.serverRecords().recordConnectionChange(server, d.connectionId, "Renamed", "active", "renamed");
        GatewayCredentialEntry gw =
                (GatewayCredentialEntry) editor.find(null, "jti-keep").orElseThrow();
        assertThat(gw.getDeployments().get(0).connectionName).isEqualTo("Renamed");
    }

    @Test
    void deleteShowsUsageAndPingFederatesRefusalWhenInUse() throws Exception {
        Deployment d = push(credential("jti-del", "Gateway"), null);
        pf.standIn.markInUse(d.connectionId, "MFA adapter");
        assertThat(api.usage(d.connectionId))
                .extracting(PingOneConnections.ResourceUsage::name)
                .containsExactly("MFA adapter");
        assertThat(api.serviceAssociations(d.connectionId)).anySatisfy(a -> {
            assertThat(a.componentName()).isEqualTo("PingOne MFA IdP Adapter");
            assertThat(a.configured()).isTrue();
        });
        PingOneConnection c = api.get(d.connectionId);
        PingFederateException e =
                catchThrowableOfType(PingFederateException.class, () -> api.send(api.deleteRequest(c)));
        assertThat(e.reason()).isEqualTo(Reason.VALIDATION);
        assertThat(e.getMessage()).contains("in use by MFA adapter");

        Deployment other = push(credential("jti-del2", "Other"), null);
        assertThat(api.send(api.deleteRequest(api.get(other.connectionId)))).isEmpty();
        assertThat(catchThrowableOfType(PingFederateException.class, () -> api.get(other.connectionId))
                        .reason())
                .isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void credentialStatusAndEnvironmentsPagedWithFilter() throws Exception {
        Deployment d = push(credential("jti-env", "Gateway"), null);
        assertThat(api.credentialStatus(d.connectionId)).isEqualTo("VALID");
        List<PingOneEnvironment> all = api.environments(d.connectionId, null, 2);
        assertThat(all).hasSize(6).extracting(PingOneEnvironment::name).contains("Production", "Staging", "Partners");
        assertThat(all.get(0).id()).isEqualTo(TestCredentials.ENVIRONMENT_ID);
        assertThat(pf.standIn.recordedRequests())
                .filteredOn(r -> r.path().contains("/environments"))
                .extracting(RecordedRequest::path)
                .endsWith("/pf-admin-api/v1/pingOneConnections/" + d.connectionId
                        + "/environments?page=4&numberPerPage=2");
        assertThat(api.environments(d.connectionId, "STAG", 2))
                .extracting(PingOneEnvironment::name)
                .containsExactly("Staging");
        assertThat(api.environments(d.connectionId, TestCredentials.ENVIRONMENT_ID.substring(0, 8), 50))
                .extracting(PingOneEnvironment::name)
                .containsExactly("Production");
    }

    @Test
    void theVaultKeepsTheDeploymentAfterSaving() throws Exception {
        Deployment d = push(credential("jti-save", "Gateway"), null);
        vault.save();
        vault.close();
        vault = Vault.open(dir.resolve("v.age"), "pass phrase".toCharArray());
        GatewayCredentialEntry gw = (GatewayCredentialEntry)
                new VaultEditor(vault).find(null, "jti-save").orElseThrow();
        assertThat(gw.getDeployments()).singleElement().satisfies(saved -> {
            assertThat(saved.connectionId).isEqualTo(d.connectionId);
            assertThat(saved.credentialId).isEqualTo("jti-save");
            assertThat(saved.at).isEqualTo(d.at);
        });
    }

    @Test
    void anUpdateListsItsChangesKeepsTheCredentialAndUpdatesTheDeployment() throws Exception {
        GatewayCredentialEntry gw = credential("jti-1", "Gateway");
        Deployment pushed = push(gw, "Gateway");

        ConnectionChanges.Update update =
                ConnectionChanges.planUpdate(api, pushed.connectionId, "Renamed", null, false);
        assertThat(update.changes()).containsExactly("name: \"Gateway\" -> \"Renamed\"", "active: true -> false");
        assertThat(api.get(pushed.connectionId).name())
                .as("planning sends nothing")
                .isEqualTo("Gateway");

        PingOneConnection updated = ConnectionChanges.send(api, update);
        String detail = ConnectionChanges.record(update, updated, server, editor);

        assertThat(updated.credentialId()).isEqualTo("jti-1");
        assertThat(detail).endsWith("renamed \"Gateway\" to \"Renamed\", disabled");
        assertThat(gw.getDeployments()).singleElement().satisfies(d -> {
            assertThat(d.connectionName).isEqualTo("Renamed");
            assertThat(d.state).isEqualTo("inactive");
        });
    }

    @Test
    void aDeletionShowsWhatUsesTheConnectionAndMarksTheDeploymentDeleted() throws Exception {
        GatewayCredentialEntry gw = credential("jti-2", "Gateway");
        Deployment pushed = push(gw, "Gateway");
        pf.standIn.markInUse(pushed.connectionId, "MFA adapter");

        ConnectionChanges.Deletion deletion = ConnectionChanges.planDeletion(api, pushed.connectionId);
        assertThat(deletion.usage())
                .extracting(PingOneConnections.ResourceUsage::name)
                .containsExactly("MFA adapter");
        assertThat(deletion.configuredServices())
                .extracting(PingOneConnections.ServiceAssociation::componentName)
                .containsExactly("PingOne MFA IdP Adapter");
        assertThat(deletion.request().method()).isEqualTo("DELETE");

        PingOneConnection unused = api.get(push(credential("jti-3", "Unused"), "Unused").connectionId);
        ConnectionChanges.Deletion second = ConnectionChanges.planDeletion(api, unused.id());
        assertThat(second.usage()).isEmpty();
        assertThat(second.configuredServices()).isEmpty();
        ConnectionChanges.send(api, second);
        ConnectionChanges.record(second, server, editor);
        assertThat(api.list()).extracting(PingOneConnection::name).containsExactly("Gateway");
        GatewayCredentialEntry unusedCredential =
                (GatewayCredentialEntry) editor.find(null, "jti-3").orElseThrow();
        assertThat(unusedCredential.getDeployments())
                .singleElement()
                .extracting(d -> d.state)
                .isEqualTo("deleted");
    }

    @Test
    void theHolderIsTheCredentialLastPushedThereWhoseIdTheConnectionReports() throws Exception {
        GatewayCredentialEntry old = credential("jti-old", "Gateway");
        Deployment first = push(old, "Gateway");
        assertThat(DeployedCredentials.holder(editor.entries(), server, api.get(first.connectionId)))
                .contains(old);

        GatewayCredentialEntry rotated = credential("jti-new", "Gateway");
        push(rotated, "Gateway");
        PingOneConnection now = api.get(first.connectionId);
        assertThat(DeployedCredentials.holder(editor.entries(), server, now)).contains(rotated);

        PingFederateServerEntry other = StandInFixture.server(pf.standIn.adminUrl(), "x", "y");
        assertThat(DeployedCredentials.holder(editor.entries(), other, now))
                .as("another server")
                .isEmpty();
        GatewayCredentialEntry elsewhere = credential("jti-elsewhere", "Elsewhere");
        try (PingFederateClient c = PingFederateClient.forServer(server)) {
            PingOneConnections direct = new PingOneConnections(c);
            direct.send(direct.createRequest("Pushed by someone else", null, true, elsewhere.getCredential()));
            assertThat(DeployedCredentials.holder(
                            editor.entries(),
                            server,
                            direct.findByName("Pushed by someone else").orElseThrow()))
                    .as("not recorded in the vault")
                    .isEmpty();
        }
    }
}
