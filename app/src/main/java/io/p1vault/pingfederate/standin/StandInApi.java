package io.p1vault.pingfederate.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.PingFederateJson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.p1vault.pingfederate.standin.Answer.error;
import static io.p1vault.pingfederate.standin.Answer.json;
import static io.p1vault.pingfederate.standin.Answer.ok;

/**
 * The stand-in's HTTP side: the XSRF check, authentication, routing to one class per resource,
 * and the test hooks that apply to every request (recording, delay, forced failures).
 */
final class StandInApi implements HttpHandler {
    private static final String API = PingFederateClient.API_PATH;

    private final StandInState state;
    private final SchemaValidator validator;
    private final Authenticator authenticator;
    private final ConnectionsResource connections;
    private final ProvisioningResource provisioning;
    private final ClusterResource cluster;

    StandInApi(StandInState state, SchemaValidator validator, boolean clustered) {
        this.state = state;
        this.validator = validator;
        this.authenticator = new Authenticator(state);
        this.connections = new ConnectionsResource(state);
        this.provisioning = new ProvisioningResource(state);
        this.cluster = new ClusterResource(state, clustered);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                record(exchange, body);
                String path = exchange.getRequestURI().getRawPath();
                Answer answer;
                try {
                    answer = path.equals(PingFederateStandIn.TOKEN_PATH)
                            ? authenticator.token(
                                    exchange.getRequestMethod(),
                                    exchange.getRequestHeaders().getFirst("Authorization"),
                                    body)
                            : path.startsWith(API + "/")
                                    ? admin(exchange, path.substring(API.length()), body)
                                    : error(404, "resource_not_found", "No such resource: " + path);
                } catch (RuntimeException e) {
                    // As PingFederate does: a 500 with a message, never the request back.
                    answer = error(
                            500,
                            "internal_error",
                            "The stand-in failed: " + e.getClass().getSimpleName() + ".");
                }
                send(exchange, answer);
            } finally {
                Arrays.fill(body, (byte) 0);
            }
        }
    }

    private Answer admin(HttpExchange exchange, String path, byte[] body) {
        pause();
        StandInState.Failure failure = state.takeFailure();
        if (failure != null) {
            return error(failure.status(), "forced_failure", failure.message());
        }
        if (!PingFederateClient.XSRF_VALUE.equals(
                exchange.getRequestHeaders().getFirst(PingFederateClient.XSRF_HEADER))) {
            return error(
                    403,
                    "xsrf_header_required",
                    "The " + PingFederateClient.XSRF_HEADER + " header is required on admin API requests.");
        }
        Optional<Boolean> admin =
                authenticator.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
        if (admin.isEmpty()) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"PingFederate\"");
            return error(401, "invalid_credentials", "Authentication failed.");
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !admin.get()) {
            return error(403, "insufficient_role", "The account's roles do not allow this operation.");
        }
        Call call = new Call(
                method,
                List.of(path.replaceFirst("^/", "").split("/")),
                Call.decodeForm(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                body,
                validator);
        synchronized (state.connections) {
            Answer answer = route(call);
            if (!method.equals("GET")
                    && answer.status() < 300
                    && !call.segments().get(0).equals(ClusterResource.PATH)) {
                cluster.configurationChanged();
            }
            return answer;
        }
    }

    private Answer route(Call call) {
        List<String> s = call.segments();
        if (call.is("GET", "version")) {
            return ok(json().put("version", PingFederateStandIn.VERSION));
        }
        if (s.get(0).equals(ProvisioningResource.DATA_STORES)) {
            return provisioning.dataStores(call.below(1));
        }
        if (s.size() >= 2 && s.subList(0, 2).equals(ProvisioningResource.SP_CONNECTIONS)) {
            return provisioning.spConnections(call.below(2));
        }
        if (s.get(0).equals(ClusterResource.PATH)) {
            return cluster.handle(call.below(1));
        }
        if (s.get(0).equals(ConnectionsResource.PATH)) {
            return connections.handle(call.below(1));
        }
        return Answer.notFound();
    }

    private void record(HttpExchange exchange, byte[] body) {
        if (!state.recording) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Authorization")) {
                headers.put(name, String.join(",", values));
            }
        });
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery());
        state.recorded.add(new RecordedRequest(
                exchange.getRequestMethod(), target, headers, new String(body, StandardCharsets.UTF_8)));
    }

    private void pause() {
        try {
            Thread.sleep(state.delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void send(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] bytes = PingFederateJson.mapper().writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
