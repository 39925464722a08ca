package io.p1vault.pingfederate.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.p1vault.pingfederate.standin.Answer.json;

/**
 * The PingOne stand-in's HTTP side: the token endpoint {@code /{envId}/as/token} (client
 * credentials of the worker application, Basic or form) and, with its bearer token, the platform
 * API below {@code /v1/environments/{envId}}; errors in PingOne's shape ({@code id, code, message}).
 */
final class PingOneApi implements HttpHandler {
    /** What the test fixture makes go wrong next; nothing a user of the sandbox can reach. */
    volatile boolean refuseTokens;

    volatile String failOperation;
    volatile Answer failure;

    private final String environmentId;
    private final StandInState tokens;
    private final Authenticator authenticator;
    private final GatewayCredentialsResource credentials;

    PingOneApi(String environmentId, StandInState tokens, GatewayCredentialsResource credentials) {
        this.environmentId = environmentId;
        this.tokens = tokens;
        this.authenticator = new Authenticator(tokens);
        this.credentials = credentials;
    }

    static Answer error(int status, String code, String message) {
        return new Answer(
                status,
                json().put("id", UUID.randomUUID().toString()).put("code", code).put("message", message));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                StandInApi.send(exchange, answer(exchange, body));
            } catch (RuntimeException e) {
                StandInApi.send(exchange, error(500, "UNEXPECTED_ERROR", "The stand-in failed."));
            } finally {
                Arrays.fill(body, (byte) 0);
            }
        }
    }

    private Answer answer(HttpExchange exchange, byte[] body) {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/" + environmentId + "/as/token")) {
            if (refuseTokens) {
                return new Answer(
                        401,
                        json().put("error", "invalid_client")
                                .put("error_description", "Client authentication failed."));
            }
            return authenticator.token(method, exchange.getRequestHeaders().getFirst("Authorization"), body);
        }
        String api = "/v1/environments/" + environmentId + "/gateways/";
        if (!path.startsWith(api)) {
            return error(404, "NOT_FOUND", "The requested resource was not found.");
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null
                || !authorization.startsWith("Bearer ")
                || authenticator.authenticate(authorization).isEmpty()) {
            return error(401, "ACCESS_FAILED", "The request could not be completed. You do not have access.");
        }
        List<String> segments = List.of(path.substring(api.length()).split("/"));
        Answer forced = takeFailure(operation(method, segments));
        return forced != null ? forced : credentials.handle(method, segments);
    }

    private static String operation(String method, List<String> segments) {
        return switch (method) {
            case "POST" -> "create";
            case "DELETE" -> "delete";
            default -> segments.size() == 2 ? "list" : "other";
        };
    }

    private synchronized Answer takeFailure(String operation) {
        if (failure == null || !operation.equals(failOperation)) {
            return null;
        }
        Answer f = failure;
        failure = null;
        return f;
    }

    /** The worker client and its tokens, for the stand-in to wipe when it stops. */
    StandInState tokens() {
        return tokens;
    }
}
