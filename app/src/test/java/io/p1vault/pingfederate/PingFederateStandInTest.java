package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;
import io.p1vault.TestCredentials;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stand-in seen by a plain JDK HTTP client (not ours): the rules PingFederate enforces and
 * our client never breaks, so only a raw request can show them.
 */
class PingFederateStandInTest {
    private static StandInFixture pf;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        pf = new StandInFixture();
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry(
                "stand-in",
                CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(pf.standIn.currentCertificateEncoded())));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        http = HttpClient.newBuilder().sslContext(tls).build();
    }

    @AfterAll
    static void stop() {
        pf.close();
    }

    private static HttpRequest.Builder request(String path, boolean xsrf) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(pf.standIn.adminUrl() + "/pf-admin-api/v1" + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (PingFederateStandIn.ADMIN_USER + ":" + StandInFixture.ADMIN_PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)));
        return xsrf ? b.header("X-XSRF-Header", "PingFederate") : b;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder post(String json) {
        return request("/pingOneConnections", true)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return PingFederateJson.mapper().readTree(r.body());
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(pf.standIn.address().isLoopbackAddress()).isTrue();
        assertThat(pf.standIn.adminUrl()).isEqualTo("https://localhost:" + pf.standIn.port());
    }

    @Test
    void theXsrfHeaderIsRequired() throws Exception {
        HttpResponse<String> r = send(request("/version", false).GET());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).path("message").asText()).contains("X-XSRF-Header");
        assertThat(send(request("/version", true).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyMustBeJson() throws Exception {
        HttpResponse<String> r = send(request("/pingOneConnections", true)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(send(post("{not json")).statusCode()).isEqualTo(400);
    }

    @Test
    void schemaViolationsAreRefusedPerField() throws Exception {
        HttpResponse<String> unknown = send(post("{\"name\":\"x\",\"credential\":\"y\",\"colour\":\"blue\"}"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown)
                        .path("validationErrors")
                        .get(0)
                        .path("fieldPath")
                        .asText())
                .isEqualTo("colour");
        HttpResponse<String> wrongType = send(post("{\"name\":\"x\",\"credential\":\"y\",\"active\":\"yes\"}"));
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json(wrongType)
                        .path("validationErrors")
                        .get(0)
                        .path("message")
                        .asText())
                .isEqualTo("\"active\" must be a boolean.");
        HttpResponse<String> noName = send(post("{\"credential\":\"y\"}"));
        assertThat(noName.statusCode()).isEqualTo(422);
        assertThat(json(noName).path("validationErrors").get(0).path("errorId").asText())
                .isEqualTo("validation_required_field_missing");
        HttpResponse<String> badDate =
                send(post("{\"name\":\"x\",\"credential\":\"y\",\"creationDate\":\"yesterday\"}"));
        assertThat(json(badDate)
                        .path("validationErrors")
                        .get(0)
                        .path("fieldPath")
                        .asText())
                .isEqualTo("creationDate");
    }

    @Test
    void theCredentialIsWriteOnlyAndItsEncryptionMustComeBackUnchanged() throws Exception {
        String jwt = TestCredentials.jwt(TestCredentials.claims("jti-standin"), "c2ln");
        HttpResponse<String> created = send(post("{\"name\":\"raw\",\"credential\":\"" + jwt + "\"}"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode c = json(created);
        assertThat(c.has("credential")).isFalse();
        assertThat(created.body()).doesNotContain(jwt);
        String id = c.path("id").asText();
        HttpRequest.Builder tampered = request("/pingOneConnections/" + id, true)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"raw\",\"encryptedCredential\":\"OBF:JWE:forged\"}"));
        HttpResponse<String> refused = send(tampered);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused)
                        .path("validationErrors")
                        .get(0)
                        .path("fieldPath")
                        .asText())
                .isEqualTo("encryptedCredential");
        HttpRequest.Builder neither = request("/pingOneConnections/" + id, true)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"raw\"}"));
        assertThat(send(neither).statusCode()).isEqualTo(422);
        HttpRequest.Builder kept = request("/pingOneConnections/" + id, true)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"raw2\",\"encryptedCredential\":\""
                        + c.path("encryptedCredential").asText() + "\"}"));
        HttpResponse<String> ok = send(kept);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok).path("credentialId").asText()).isEqualTo("jti-standin");
        assertThat(send(request("/pingOneConnections/" + id, true).DELETE()).statusCode())
                .isEqualTo(204);
    }
}
