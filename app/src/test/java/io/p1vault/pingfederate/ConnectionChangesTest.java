package io.p1vault.pingfederate;

import io.p1vault.TestCredentials;
import io.p1vault.model.Deployment;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Updates and deletions of connections planned, sent and recorded; which vault credential a connection holds. */
class ConnectionChangesTest {
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

    private GatewayCredentialEntry credential(String jti) throws Exception {
        return editor.addGatewayCredential(jti, TestCredentials.jwt(jti).toCharArray()).entry();
    }

    private Deployment push(GatewayCredentialEntry credential, String name) throws Exception {
        return CredentialPush.push(api, CredentialPush.plan(api, credential, name, null, null), server, credential, editor);
    }

    @Test
    void anUpdateListsItsChangesKeepsTheCredentialAndUpdatesTheDeployment() throws Exception {
        GatewayCredentialEntry gw = credential("jti-1");
        Deployment pushed = push(gw, "Gateway");

        ConnectionChanges.Update update = ConnectionChanges.planUpdate(api, pushed.connectionId, "Renamed", null, false);
        assertThat(update.changes()).containsExactly("name: \"Gateway\" -> \"Renamed\"", "active: true -> false");
        assertThat(api.get(pushed.connectionId).name()).as("planning sends nothing").isEqualTo("Gateway");

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
        GatewayCredentialEntry gw = credential("jti-2");
        Deployment pushed = push(gw, "Gateway");
        pf.standIn.markInUse(pushed.connectionId, "MFA adapter");

        ConnectionChanges.Deletion deletion = ConnectionChanges.planDeletion(api, pushed.connectionId);
        assertThat(deletion.usage()).extracting(PingOneConnections.ResourceUsage::name).containsExactly("MFA adapter");
        assertThat(deletion.configuredServices()).extracting(PingOneConnections.ServiceAssociation::componentName)
                .containsExactly("PingOne MFA IdP Adapter");
        assertThat(deletion.request().method()).isEqualTo("DELETE");

        PingOneConnection unused = api.get(push(credential("jti-3"), "Unused").connectionId);
        ConnectionChanges.Deletion second = ConnectionChanges.planDeletion(api, unused.id());
        assertThat(second.usage()).isEmpty();
        assertThat(second.configuredServices()).isEmpty();
        ConnectionChanges.send(api, second);
        ConnectionChanges.record(second, server, editor);
        assertThat(api.list()).extracting(PingOneConnection::name).containsExactly("Gateway");
        GatewayCredentialEntry unusedCredential = (GatewayCredentialEntry) editor.find(null, "jti-3").orElseThrow();
        assertThat(unusedCredential.getDeployments()).singleElement().extracting(d -> d.state).isEqualTo("deleted");
    }

    @Test
    void theHolderIsTheCredentialLastPushedThereWhoseIdTheConnectionReports() throws Exception {
        GatewayCredentialEntry old = credential("jti-old");
        Deployment first = push(old, "Gateway");
        assertThat(DeployedCredentials.holder(editor.entries(), server, api.get(first.connectionId))).contains(old);

        GatewayCredentialEntry rotated = credential("jti-new");
        push(rotated, "Gateway");
        PingOneConnection now = api.get(first.connectionId);
        assertThat(DeployedCredentials.holder(editor.entries(), server, now)).contains(rotated);

        PingFederateServerEntry other = StandInFixture.server(pf.standIn.adminUrl(), "x", "y");
        assertThat(DeployedCredentials.holder(editor.entries(), other, now)).as("another server").isEmpty();
        GatewayCredentialEntry elsewhere = credential("jti-elsewhere");
        try (PingFederateClient c = PingFederateClient.forServer(server)) {
            PingOneConnections direct = new PingOneConnections(c);
            direct.send(direct.createRequest("Pushed by someone else", null, true, elsewhere.getCredential()));
            assertThat(DeployedCredentials.holder(editor.entries(), server,
                    direct.findByName("Pushed by someone else").orElseThrow())).as("not recorded in the vault").isEmpty();
        }
    }
}
