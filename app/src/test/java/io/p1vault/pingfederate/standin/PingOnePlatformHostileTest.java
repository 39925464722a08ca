package io.p1vault.pingfederate.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsServer;
import io.p1vault.TestCredentials;
import io.p1vault.model.CertificatePin;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.PingFederateException;
import io.p1vault.pingfederate.PingOnePlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Answers from "PingOne" are hostile: each malformed answer is refused with a message, nothing is taken from it. */
class PingOnePlatformHostileTest {
    private static final String ENV = TestCredentials.ENVIRONMENT_ID;
    private static final String GATEWAY = TestCredentials.GATEWAY_ID;
    private static final String ID = UUID.randomUUID().toString();

    /** One hostile answer, the status it comes with, and what the refusal must say. */
    enum Hostile {
        OVERSIZED(200, "x".repeat(300 * 1024), "more than 256 KiB"),
        NOT_JSON(200, "<html>hello</html>", "did not answer with"),
        DUPLICATE_KEYS(
                200,
                "{\"id\":\"" + ID + "\",\"id\":\"" + ID + "\",\"createdAt\":\"2026-01-01T00:00:00Z\"}",
                "did not answer with"),
        ID_NOT_A_UUID(200, "{\"id\":\"../../etc\",\"createdAt\":\"2026-01-01T00:00:00Z\",\"token\":\"x\"}", "UUID ids"),
        NO_TOKEN(200, "{\"id\":\"" + ID + "\",\"createdAt\":\"2026-01-01T00:00:00Z\"}", "did not return its token"),
        TOKEN_OF_ANOTHER_CREDENTIAL(
                200,
                "{\"id\":\"" + ID + "\",\"createdAt\":\"2026-01-01T00:00:00Z\",\"token\":\""
                        + TestCredentials.jwt(UUID.randomUUID().toString()) + "\"}",
                "is not credential " + ID),
        TOKEN_NOT_A_CREDENTIAL(
                200,
                "{\"id\":\"" + ID + "\",\"createdAt\":\"2026-01-01T00:00:00Z\",\"token\":\"abc\"}",
                "not a gateway credential"),
        CONTROL_CHARACTERS_IN_A_MESSAGE(
                400, "{\"code\":\"X\",\"message\":\"bad\\u001b[31m red\"}", "bad\\u001b[31m red");

        final int status;
        final String body;
        final String says;

        Hostile(int status, String body, String says) {
            this.status = status;
            this.body = body;
            this.says = says;
        }
    }

    private HttpsServer server;
    private ExecutorService executor;

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    @ParameterizedTest(name = "{0} is refused")
    @EnumSource(Hostile.class)
    void aHostileAnswerIsRefused(Hostile hostile) throws Exception {
        RotatingKeyManager keys = new RotatingKeyManager(PingFederateStandIn.newCertificate());
        executor = PingFederateStandIn.daemonThreads("hostile-pingone");
        server = PingFederateStandIn.serve(0, keys, exchange -> answer(exchange, hostile), executor);
        String base = "https://localhost:" + server.getAddress().getPort();
        PingOneApplicationEntry app = new PingOneApplicationEntry(
                "worker", "worker", ENV, PingOneRegion.EUROPE, "client", Secret.of("CANARY-worker-2f1a".toCharArray()));
        app.setApiUrlOverride(base + "/v1");
        app.setTokenUrlOverride(base + "/" + ENV + "/as/token");
        app.setCertificatePins(List.of(CertificatePin.ofKey(
                "localhost:" + server.getAddress().getPort(),
                io.p1vault.pingfederate.CertificateDetails.of(keys.certificate())
                        .spkiSha256())));
        try (PingOnePlatform pingOne = PingOnePlatform.forApplication(app)) {
            assertThatThrownBy(() -> pingOne.create(GATEWAY))
                    .isInstanceOf(PingFederateException.class)
                    .hasMessageContaining(hostile.says)
                    .hasMessageNotContaining("CANARY")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b"));
        }
    }

    private static void answer(HttpExchange exchange, Hostile hostile) throws java.io.IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            boolean token = exchange.getRequestURI().getPath().endsWith("/as/token");
            byte[] body = (token
                            ? "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
                            : hostile.body)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of("application/json")));
            exchange.sendResponseHeaders(token ? 200 : hostile.status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
