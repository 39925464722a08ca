package io.p1vault.pingfederate;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.TestCredentials;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.standin.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact requests of create, replace (rotation), rename and enable/disable as the server
 * received them, each checked against PingFederate 12.1's full OpenAPI document by Atlassian's
 * validator (an oracle independent of the stand-in's own schema check), unknown fields as errors.
 */
class RecordedRequestTest {
    private static final String OLD = TestCredentials.jwt(TestCredentials.claims("jti-a"), "c2lnLWE");
    private static final String NEW = TestCredentials.jwt(TestCredentials.claims("jti-b"), "c2lnLWI");
    private static StandInFixture pf;

    @BeforeAll
    static void start() throws Exception {
        pf = new StandInFixture();
        pf.standIn.recordRequests();
    }

    @AfterAll
    static void stop() {
        pf.close();
    }

    private static JsonNode json(String text) throws Exception {
        return PingFederateJson.mapper().readTree(text);
    }

    private static RecordedRequest lastWrite() {
        List<RecordedRequest> writes = pf.standIn.recordedRequests().stream()
                .filter(r -> !r.method().equals("GET"))
                .toList();
        RecordedRequest r = writes.get(writes.size() - 1);
        assertThat(r.headers())
                .containsEntry("X-xsrf-header", "PingFederate")
                .containsEntry("Content-type", "application/json");
        return r;
    }

    @Test
    void createReplaceRenameAndEnableDisableBodiesAreExactAndValid() throws Exception {
        try (PingFederateClient client = PingFederateClient.forServer(pf.trustedServer())) {
            PingOneConnections api = new PingOneConnections(client);

            PingOneConnection created = api.send(
                            api.createRequest("Gateway", "rotated yearly", true, Secret.of(OLD.toCharArray())))
                    .orElseThrow();
            RecordedRequest create = lastWrite();
            assertThat(create.method() + " " + create.path()).isEqualTo("POST /pf-admin-api/v1/pingOneConnections");
            assertThat(json(create.body()))
                    .isEqualTo(json("{\"name\":\"Gateway\",\"description\":\"rotated yearly\","
                            + "\"active\":true,\"credential\":\"" + OLD + "\"}"));
            PfApiOracle.assertValid(create);

            PingOneConnection read = api.get(created.id());
            api.send(api.replaceCredentialRequest(read, Secret.of(NEW.toCharArray()), null, null));
            RecordedRequest replace = lastWrite();
            ObjectNode expected = read.json();
            expected.remove("encryptedCredential");
            expected.put("credential", NEW);
            assertThat(replace.method() + " " + replace.path())
                    .isEqualTo("PUT /pf-admin-api/v1/pingOneConnections/" + created.id());
            assertThat(json(replace.body())).isEqualTo(expected);
            PfApiOracle.assertValid(replace);

            read = api.get(created.id());
            api.send(api.updateRequest(read, "Gateway EU", null, null));
            RecordedRequest rename = lastWrite();
            expected = read.json();
            expected.put("name", "Gateway EU");
            assertThat(json(rename.body())).isEqualTo(expected);
            assertThat(json(rename.body()).path("encryptedCredential").asText()).isNotEmpty();
            PfApiOracle.assertValid(rename);

            for (boolean active : new boolean[] {false, true}) {
                read = api.get(created.id());
                api.send(api.updateRequest(read, null, null, active));
                RecordedRequest toggle = lastWrite();
                expected = read.json();
                expected.put("active", active);
                assertThat(json(toggle.body())).isEqualTo(expected);
                PfApiOracle.assertValid(toggle);
            }
        }
    }

    @Test
    void theOracleRejectsWhatPingFederateWouldRefuse() {
        RecordedRequest unknownField = new RecordedRequest(
                "POST",
                "/pf-admin-api/v1/pingOneConnections",
                java.util.Map.of(PingFederateClient.XSRF_HEADER, "PingFederate", "Content-type", "application/json"),
                "{\"name\":\"x\",\"colour\":\"blue\"}");
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.POST, unknownField.path())
                .withHeader("Authorization", "Basic dGVzdDp0ZXN0")
                .withHeader(PingFederateClient.XSRF_HEADER, "PingFederate")
                .withContentType("application/json")
                .withBody(unknownField.body());
        assertThat(PfApiOracle.validator().validateRequest(request.build()).hasErrors())
                .isTrue();
    }
}
