package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.TestCredentials;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.PingFederateException.Reason;
import io.p1vault.pingfederate.standin.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * PingFederate → PingOne provisioning against the stand-in: the exact SP connection body (the
 * hand-checked {@code integrations/pf-provisioning-sp-connection.json}), valid against the full
 * OpenAPI document, read back as stored, then changed with a whole-object PUT.
 */
class OutboundProvisioningTest {
    private static final String ENV = TestCredentials.ENVIRONMENT_ID;

    private StandInFixture pf;
    private PingFederateClient client;
    private OutboundProvisioning provisioning;
    private PingOneConnection pingOne;

    @BeforeEach
    void setUp() throws Exception {
        pf = new StandInFixture();
        pf.standIn.recordRequests();
        client = PingFederateClient.forServer(pf.trustedServer());
        PingOneConnections api = new PingOneConnections(client);
        pingOne = api.send(api.createRequest(
                        "Workforce",
                        null,
                        true,
                        Secret.of(TestCredentials.jwt(TestCredentials.claims("jti-prov"), "c2ln")
                                .toCharArray())))
                .orElseThrow();
        provisioning = new OutboundProvisioning(client);
    }

    @AfterEach
    void tearDown() {
        client.close();
        pf.close();
    }

    private static OutboundProvisioning.ChannelSettings channel(boolean active) {
        return new OutboundProvisioning.ChannelSettings(
                "LDAP-PingDirectory",
                "ou=people,dc=example,dc=com",
                "(&(objectClass=inetOrgPerson)(employeeType=staff))",
                "7b1f3c2e-5d4a-4e8b-9c6f-0a1b2c3d4e5f",
                active,
                OutboundProvisioning.Options.DEFAULT);
    }

    private RecordedRequest lastWrite() {
        List<RecordedRequest> writes = pf.standIn.recordedRequests().stream()
                .filter(r -> !r.method().equals("GET"))
                .toList();
        return writes.get(writes.size() - 1);
    }

    private static JsonNode json(String text) throws Exception {
        return PingFederateJson.mapper().readTree(text);
    }

    private String expectedBody() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/integrations/pf-provisioning-sp-connection.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("PINGONE_CONNECTION_ID", pingOne.id());
        }
    }

    @Test
    void createsTheSpConnectionThenUpdatesItWhole() throws Exception {
        assertThat(provisioning.dataStores())
                .extracting(DataStore::id)
                .containsExactly("ProvisionerDS", "LDAP-PingDirectory");
        OutboundProvisioning.Plan plan = provisioning.plan(pingOne, channel(true));
        assertThat(plan.replaces()).isFalse();
        assertThat(plan.connectionName()).isEqualTo("PingOne provisioning: Workforce");
        assertThat(client.preview(plan.request()))
                .first()
                .isEqualTo("POST " + client.base().getRawPath().replaceAll("/$", "") + "/idp/spConnections");

        String id = provisioning.send(plan);
        RecordedRequest create = lastWrite();
        assertThat(create.path()).isEqualTo("/pf-admin-api/v1/idp/spConnections");
        assertThat(json(create.body())).isEqualTo(json(expectedBody()));
        PfApiOracle.assertValid(create);

        JsonNode stored = client.send(ApiRequest.get("/idp/spConnections/" + id));
        ObjectNode withoutServerFields = stored.deepCopy();
        withoutServerFields.remove(List.of("id", "creationDate", "modificationDate"));
        assertThat(withoutServerFields).isEqualTo(json(create.body()));

        OutboundProvisioning.Plan same = provisioning.plan(pingOne, channel(true));
        assertThat(same.replaces()).isTrue();
        assertThat(same.changes()).isEmpty();

        OutboundProvisioning.Plan off = provisioning.plan(pingOne, channel(false));
        assertThat(off.existingId()).contains(id);
        assertThat(off.changes())
                .containsExactly(
                        "outbound provisioning: set to PingOne environment " + ENV
                                + ", data store LDAP-PingDirectory, base DN ou=people,dc=example,dc=com",
                        "active: true -> false");
        provisioning.send(off);
        RecordedRequest update = lastWrite();
        assertThat(update.method() + " " + update.path()).isEqualTo("PUT /pf-admin-api/v1/idp/spConnections/" + id);
        ObjectNode expected = stored.deepCopy();
        expected.put("active", false);
        ((ObjectNode) expected.at("/outboundProvision/channels/0")).put("active", false);
        assertThat(json(update.body())).isEqualTo(expected);
        PfApiOracle.assertValid(update);
        assertThat(client.send(ApiRequest.get("/idp/spConnections/" + id))
                        .path("active")
                        .asBoolean(true))
                .isFalse();
    }

    @Test
    void theOptionsAndRemoveActionAreTargetSettings() {
        ObjectNode provision = OutboundProvisioning.outboundProvision(
                pingOne,
                new OutboundProvisioning.ChannelSettings(
                        "LDAP-PingDirectory",
                        "dc=example,dc=com",
                        null,
                        null,
                        true,
                        new OutboundProvisioning.Options(
                                false, true, false, true, OutboundProvisioning.RemoveAction.DELETE)));
        assertThat(provision.get("targetSettings").toString())
                .isEqualTo("[{\"name\":\"PINGONE_ENVIRONMENT\",\"value\":\""
                        + pingOne.id() + "|" + ENV
                        + "\"},{\"name\":\"CREATE_USERS_PROV_OPT\",\"value\":\"false\"},{\"name\":\"UPDATE_USERS_PROV_OPT\","
                        + "\"value\":\"true\"},{\"name\":\"REMOVE_USERS_PROV_OPT\",\"value\":\"false\"},{\"name\":\"PROVISION_DISABLED_USERS_PROV_OPT\","
                        + "\"value\":\"true\"},{\"name\":\"REMOVE_ACTION\",\"value\":\"Delete\"}]");
        assertThat(provision
                        .at("/channels/0/channelSource/userSourceLocation/filter")
                        .asText())
                .isEqualTo("(objectClass=inetOrgPerson)");
        assertThat(provision.at("/channels/0/attributeMapping").findValuesAsText("fieldName"))
                .containsExactly("username", "email", "firstName", "lastName");
    }

    @Test
    void refusesAMissingOrNonLdapDataStore() {
        for (String store : List.of("nope", "ProvisionerDS")) {
            PingFederateException e = catchThrowableOfType(
                    PingFederateException.class,
                    () -> provisioning.plan(
                            pingOne,
                            new OutboundProvisioning.ChannelSettings(
                                    store,
                                    "dc=example,dc=com",
                                    null,
                                    null,
                                    true,
                                    OutboundProvisioning.Options.DEFAULT)));
            assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
            assertThat(e.getMessage())
                    .endsWith("has no LDAP data store \"" + store + "\"; its LDAP data stores: "
                            + "LDAP-PingDirectory (LDAP, PingDirectory).");
        }
        assertThat(pf.standIn.recordedRequests()).noneMatch(r -> r.path().contains("spConnections"));
    }

    @Test
    void theStandInRefusesWhatPingFederateWould() throws Exception {
        ObjectNode body = json(expectedBody()).deepCopy();
        ((ObjectNode) body.at("/outboundProvision/targetSettings/0")).put("value", "unknown|" + ENV);
        PingFederateException wrongConnection = catchThrowableOfType(
                PingFederateException.class,
                () -> client.send(ApiRequest.write("POST", "/idp/spConnections", body, null)));
        assertThat(wrongConnection.reason()).isEqualTo(Reason.VALIDATION);
        assertThat(wrongConnection.getMessage()).contains("PINGONE_ENVIRONMENT");

        ObjectNode noBaseDn = json(expectedBody()).deepCopy();
        ((ObjectNode) noBaseDn.at("/outboundProvision/channels/0/channelSource")).remove("baseDn");
        PingFederateException missing = catchThrowableOfType(
                PingFederateException.class,
                () -> client.send(ApiRequest.write("POST", "/idp/spConnections", noBaseDn, null)));
        assertThat(missing.reason()).isEqualTo(Reason.VALIDATION);
        assertThat(missing.getMessage()).contains("baseDn");
        assertThat(PfApiOracle.validate(lastWrite()).hasErrors())
                .as("the full OpenAPI document agrees")
                .isTrue();

        ObjectNode unknownField = json(expectedBody()).deepCopy();
        ((ObjectNode) unknownField.at("/outboundProvision/channels/0")).put("colour", "blue");
        PingFederateException unknown = catchThrowableOfType(
                PingFederateException.class,
                () -> client.send(ApiRequest.write("POST", "/idp/spConnections", unknownField, null)));
        assertThat(unknown.getMessage()).contains("outboundProvision.channels[0].colour");
        assertThat(PfApiOracle.validate(lastWrite()).hasErrors())
                .as("the full OpenAPI document agrees")
                .isTrue();
    }
}
