package io.p1vault.pingfederate;

import io.p1vault.model.CertificatePin;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.PingFederateException.Reason;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The client against the stand-in over real HTTPS on loopback: trust, authentication and every failure. */
class PingFederateClientTest {
    private static StandInFixture pf;

    @BeforeAll
    static void start() throws IOException {
        pf = new StandInFixture();
    }

    @AfterAll
    static void stop() {
        pf.close();
    }

    private static String version(PingFederateServerEntry server) throws PingFederateException {
        try (PingFederateClient client = PingFederateClient.forServer(server)) {
            return client.send(ApiRequest.get("/version")).path("version").asText();
        }
    }

    private static PingFederateException failure(PingFederateServerEntry server) {
        PingFederateException e = catchThrowableOfType(PingFederateException.class, () -> version(server));
        assertThat(e).as("a failure").isNotNull();
        assertThat(e.getMessage())
                .doesNotContain("\n")
                .doesNotContain(StandInFixture.ADMIN_PASSWORD)
                .doesNotContain(StandInFixture.CLIENT_SECRET)
                .doesNotContain(StandInFixture.AUDITOR_PASSWORD);
        return e;
    }

    @Test
    void apiBaseAddsTheAdminApiPathOnce() throws Exception {
        assertThat(PingFederateClient.apiBase("https://pf:9999").toString())
                .isEqualTo("https://pf:9999/pf-admin-api/v1");
        assertThat(PingFederateClient.apiBase("https://pf:9999/pf-admin-api/v1/")
                        .toString())
                .isEqualTo("https://pf:9999/pf-admin-api/v1");
        assertThatThrownBy(() -> PingFederateClient.apiBase("http://pf:9999")).hasMessageContaining("https://");
    }

    @Test
    void anIncompleteServerEntryIsSaidBeforeAnythingIsSent() {
        PingFederateServerEntry noSecret = pf.trustedServer();
        noSecret.setSecret(null);
        assertThat(failure(noSecret).reason()).isEqualTo(Reason.SERVER_ENTRY);
        assertThat(failure(noSecret).getMessage()).isEqualTo("The server entry \"pf\" has no password.");
        PingFederateServerEntry noTokenUrl = pf.oauthServer();
        noTokenUrl.setTokenUrl("http://insecure/token");
        assertThat(failure(noTokenUrl).getMessage()).contains("lacks an https token URL");
    }

    @Test
    void basicAuthWithAPinnedCertificate() throws Exception {
        PingFederateServerEntry server = pf.trustedServer();
        try (PingFederateClient client = PingFederateClient.forServer(server)) {
            assertThat(client.send(ApiRequest.get("/version")).path("version").asText())
                    .isEqualTo(PingFederateStandIn.VERSION);
            ServerIdentity identity = client.identity().orElseThrow();
            assertThat(identity.trust()).isEqualTo(ServerIdentity.Trust.PINNED);
            assertThat(identity.certificate().sha256())
                    .isEqualTo(pf.standIn.certificate().sha256());
        }
    }

    @Test
    void aPinnedCertificateIsTrustedDespiteANameMismatchAndSaysSo() throws Exception {
        PingFederateServerEntry server = pf.trustedServer();
        server.setAdminUrl("https://127.0.0.1:" + pf.standIn.port());
        server.setCertificatePins(List.of(CertificatePin.ofKey(
                "127.0.0.1:" + pf.standIn.port(), pf.standIn.certificate().spkiSha256())));
        try (PingFederateClient client = PingFederateClient.forServer(server)) {
            client.send(ApiRequest.get("/version"));
            assertThat(client.identity().orElseThrow().trust()).isEqualTo(ServerIdentity.Trust.PINNED_NAME_MISMATCH);
            assertThat(client.identity().orElseThrow().describeTrust()).contains("does not name this host");
        }
    }

    @Test
    void anUnpinnedCertificateIsRefusedWithItsDetails() {
        PingFederateServerEntry server = pf.trustedServer();
        server.setCertificatePins(List.of());
        PingFederateException e = failure(server);
        assertThat(e).isInstanceOf(UntrustedCertificateException.class);
        assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_CERTIFICATE);
        CertificateDetails details = ((UntrustedCertificateException) e).certificate();
        assertThat(details.sha256()).isEqualTo(pf.standIn.certificate().sha256());
        assertThat(details.subject()).contains("CN=localhost");
        assertThat(details.dnsNames()).containsExactly("localhost");
        assertThat(details.notAfter()).isAfter(Instant.now());
        assertThat(e.getMessage()).contains(details.sha256()).contains("p1vault server trust");
    }

    @Test
    void probeReturnsTheCertificateWithoutCredentials() throws Exception {
        PingFederateServerEntry server = pf.trustedServer();
        server.setSecret(Secret.of("wrong".toCharArray()));
        try (PingFederateClient client = PingFederateClient.forServer(server)) {
            assertThat(client.probe().certificate().sha256())
                    .isEqualTo(pf.standIn.certificate().sha256());
        }
    }

    @Test
    void aChangedCertificateIsRefusedNamingBothFingerprints() throws Exception {
        try (StandInFixture own = new StandInFixture()) {
            PingFederateServerEntry server = own.trustedServer();
            String pinned = own.standIn.certificate().spkiSha256();
            assertThat(version(server)).isEqualTo(PingFederateStandIn.VERSION);
            own.standIn.rotateCertificate();
            String presented = own.standIn.certificate().spkiSha256();
            assertThat(presented).isNotEqualTo(pinned);
            PingFederateException e = failure(server);
            assertThat(e).isInstanceOf(CertificateChangedException.class);
            assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_CHANGED);
            assertThat(e.getMessage()).startsWith("WARNING:").contains(pinned).contains(presented);
            assertThat(((CertificateChangedException) e).pinned()).containsExactly(pinned);
        }
    }

    @Test
    void wrongPasswordIs401() {
        PingFederateException e = failure(StandInFixture.server(pf.standIn.adminUrl(), "administrator", "wrong"));
        // No pin: the certificate is refused before any password is sent.
        assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_CERTIFICATE);
        PingFederateServerEntry server = pf.trustedServer();
        server.setSecret(Secret.of("wrong".toCharArray()));
        e = failure(server);
        assertThat(e.reason()).isEqualTo(Reason.UNAUTHORIZED);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).contains("did not accept the user name \"administrator\"");
    }

    @Test
    void anAccountWithoutTheAdminRoleGets403OnWrites() throws Exception {
        PingFederateServerEntry server = pf.trustedServer();
        server.setUsername(StandInFixture.AUDITOR);
        server.setSecret(Secret.of(StandInFixture.AUDITOR_PASSWORD.toCharArray()));
        try (PingFederateClient client = PingFederateClient.forServer(server)) {
            assertThat(client.send(ApiRequest.get("/pingOneConnections"))
                            .path("items")
                            .isArray())
                    .isTrue();
            PingFederateException e = catchThrowableOfType(
                    PingFederateException.class,
                    () -> client.send(ApiRequest.write(
                            "POST",
                            "/pingOneConnections",
                            PingFederateJson.mapper().createObjectNode().put("name", "x"),
                            null)));
            assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN);
            assertThat(e.getMessage())
                    .contains("forbids POST /pingOneConnections (403)")
                    .contains("do not allow this operation")
                    .contains("admin role");
        }
    }

    @Test
    void unknownResourceIs404WithPingFederatesMessage() throws Exception {
        try (PingFederateClient client = PingFederateClient.forServer(pf.trustedServer())) {
            PingFederateException e = catchThrowableOfType(
                    PingFederateException.class, () -> client.send(ApiRequest.get("/pingOneConnections/nope")));
            assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
            assertThat(e.getMessage())
                    .isEqualTo("Not found on PingFederate at localhost:" + pf.standIn.port()
                            + ": GET /pingOneConnections/nope (404): PingOne connection with ID 'nope' not found.");
        }
    }

    @Test
    void validationErrorsComePerField() throws Exception {
        try (PingFederateClient client = PingFederateClient.forServer(pf.trustedServer())) {
            PingFederateException e = catchThrowableOfType(
                    PingFederateException.class,
                    () -> client.send(ApiRequest.write(
                            "POST",
                            "/pingOneConnections",
                            PingFederateJson.mapper().createObjectNode().put("description", "no name"),
                            Secret.of("not-a-jwt".toCharArray()))));
            assertThat(e.reason()).isEqualTo(Reason.VALIDATION);
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.fieldErrors())
                    .extracting(PingFederateException.FieldError::fieldPath)
                    .containsExactly("name");
            assertThat(e.getMessage()).contains("name: \"name\" is required");

            e = catchThrowableOfType(
                    PingFederateException.class,
                    () -> client.send(ApiRequest.write(
                            "POST",
                            "/pingOneConnections",
                            PingFederateJson.mapper()
                                    .createObjectNode()
                                    .put("name", "n")
                                    .put("colour", "blue"),
                            null)));
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.fieldErrors())
                    .extracting(PingFederateException.FieldError::fieldPath)
                    .containsExactly("colour");
        }
    }

    @Test
    void serverErrorsCarryPingFederatesMessage() throws Exception {
        pf.standIn.failNextRequest(500, "Error connecting to PingOne.");
        PingFederateException e = failure(pf.trustedServer());
        assertThat(e.reason()).isEqualTo(Reason.SERVER_ERROR);
        assertThat(e.getMessage())
                .isEqualTo("PingFederate at localhost:" + pf.standIn.port()
                        + " failed on GET /version (500): Error connecting to PingOne.");
    }

    @Test
    void aSlowServerHitsTheReadTimeout() throws Exception {
        try (StandInFixture own = new StandInFixture()) {
            own.standIn.delayAnswers(Duration.ofMillis(2500));
            PingFederateServerEntry server = own.trustedServer();
            server.setReadTimeoutSeconds(1);
            long start = System.nanoTime();
            PingFederateException e = failure(server);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2400));
            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(e.getMessage())
                    .contains("did not answer within more than 1 s")
                    .contains("read timeout");
        }
    }

    @Test
    void aClosedPortIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PingFederateException e = failure(StandInFixture.server("https://127.0.0.1:" + port, "a", "b"));
        assertThat(e.reason()).isEqualTo(Reason.CONNECTION_REFUSED);
        assertThat(e.getMessage()).startsWith("Cannot connect to 127.0.0.1:" + port + ": connection refused");
    }

    @Test
    void aServerThatDoesNotSpeakTlsIsATlsFailure() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (java.net.Socket s = plain.accept()) {
                    s.getOutputStream()
                            .write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (IOException ignored) {
                    // the client gave up first
                }
            });
            answer.start();
            PingFederateException e =
                    failure(StandInFixture.server("https://127.0.0.1:" + plain.getLocalPort(), "a", "b"));
            assertThat(e.reason()).isEqualTo(Reason.TLS);
            assertThat(e.getMessage())
                    .startsWith("The TLS connection to 127.0.0.1:" + plain.getLocalPort() + " failed: ");
            answer.join(5000);
        }
    }

    @Test
    void anUnknownHostIsNamed() {
        PingFederateException e = failure(StandInFixture.server("https://pf.does-not-exist.invalid:9999", "a", "b"));
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_HOST);
        assertThat(e.getMessage()).startsWith("Unknown host \"pf.does-not-exist.invalid\"");
    }

    @Test
    void oauth2TokensAreReusedUntilShortlyBeforeExpiry() throws Exception {
        try (StandInFixture own = new StandInFixture()) {
            own.standIn.tokenLifetime(Duration.ofSeconds(120));
            MutableClock clock = new MutableClock();
            try (PingFederateClient client = PingFederateClient.forServer(own.oauthServer(), clock)) {
                client.send(ApiRequest.get("/version"));
                client.send(ApiRequest.get("/pingOneConnections"));
                assertThat(own.standIn.tokensIssued()).isEqualTo(1);
                clock.advance(Duration.ofSeconds(89));
                client.send(ApiRequest.get("/version"));
                assertThat(own.standIn.tokensIssued()).as("still 31 s left").isEqualTo(1);
                clock.advance(Duration.ofSeconds(2));
                client.send(ApiRequest.get("/version"));
                assertThat(own.standIn.tokensIssued())
                        .as("renewed 30 s before expiry")
                        .isEqualTo(2);
            }
        }
    }

    @Test
    void anExpiredTokenIsReplacedAndTheRequestRetriedOnce() throws Exception {
        try (StandInFixture own = new StandInFixture();
                PingFederateClient client = PingFederateClient.forServer(own.oauthServer())) {
            client.send(ApiRequest.get("/version"));
            own.standIn.expireTokens();
            assertThat(client.send(ApiRequest.get("/version")).path("version").asText())
                    .isEqualTo(PingFederateStandIn.VERSION);
            assertThat(own.standIn.tokensIssued()).isEqualTo(2);
        }
    }

    @Test
    void aShortLivedTokenIsRenewedBeforeItRunsOut() throws Exception {
        try (StandInFixture own = new StandInFixture()) {
            own.standIn.tokenLifetime(Duration.ofSeconds(1));
            try (PingFederateClient client = PingFederateClient.forServer(own.oauthServer())) {
                client.send(ApiRequest.get("/version"));
                Thread.sleep(1100);
                client.send(ApiRequest.get("/version"));
                assertThat(own.standIn.tokensIssued()).isEqualTo(2);
            }
        }
    }

    @Test
    void aRefusedClientSecretIsATokenFailure() {
        PingFederateServerEntry server = pf.oauthServer();
        server.setSecret(Secret.of("wrong".toCharArray()));
        PingFederateException e = failure(server);
        assertThat(e.reason()).isEqualTo(Reason.TOKEN);
        assertThat(e.getMessage())
                .contains(
                        "refused to issue a token to client \"" + StandInFixture.CLIENT_ID + "\" (401 invalid_client)");
    }

    @Test
    void requestsAndClientsDoNotPrintSecrets() throws Exception {
        ApiRequest request = ApiRequest.write(
                "POST",
                "/pingOneConnections",
                PingFederateJson.mapper().createObjectNode().put("name", "n").put("encryptedCredential", "CANARY-enc"),
                Secret.of("CANARY-jwt".toCharArray()));
        PingOneConnection connection = new PingOneConnection(PingFederateJson.mapper()
                .createObjectNode()
                .put("id", "c1")
                .put("name", "n")
                .put("encryptedCredential", "CANARY-enc"));
        CredentialPush.Plan plan =
                new CredentialPush.Plan("n", java.util.Optional.of(connection), request, List.of("x"));
        try (PingFederateClient client = PingFederateClient.forServer(pf.oauthServer())) {
            String printed = request + " " + client + " " + String.join("\n", client.preview(request)) + " "
                    + connection + " " + connection.summary() + " " + plan;
            assertThat(printed)
                    .doesNotContain("CANARY")
                    .contains("\"credential\" : \"********\"")
                    .contains("Authorization: Bearer ********");
        }
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
