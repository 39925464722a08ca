package io.p1vault.pingfederate.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.p1vault.model.GatewayCredentials;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.PingFederateClient;
import io.p1vault.pingfederate.PingFederateJson;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The stand-in's HTTP side: authentication, the XSRF check, routing, and PingFederate's answers. */
final class StandInApi implements HttpHandler {
    private static final String API = PingFederateClient.API_PATH;
    private static final String CONNECTIONS = "pingOneConnections";
    private static final String SP_CONNECTIONS = "spConnections";
    private static final int DEFAULT_PAGE_SIZE = 25;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StandInState state;
    private final SchemaValidator validator;

    StandInApi(StandInState state, SchemaValidator validator) {
        this.state = state;
        this.validator = validator;
    }

    /** An answer: status and JSON body (null for none). */
    private record Answer(int status, JsonNode body) {
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
                    answer = path.equals(PingFederateStandIn.TOKEN_PATH) ? token(exchange, body)
                            : path.startsWith(API + "/") ? admin(exchange, path.substring(API.length()), body)
                            : error(404, "resource_not_found", "No such resource: " + path);
                } catch (RuntimeException e) {
                    // As PingFederate does: a 500 with a message, never the request back.
                    answer = error(500, "internal_error", "The stand-in failed: " + e.getClass().getSimpleName() + ".");
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
        if (!PingFederateClient.XSRF_VALUE.equals(exchange.getRequestHeaders().getFirst(PingFederateClient.XSRF_HEADER))) {
            return error(403, "xsrf_header_required", "The " + PingFederateClient.XSRF_HEADER
                    + " header is required on admin API requests.");
        }
        Optional<Boolean> admin = authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
        if (admin.isEmpty()) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"PingFederate\"");
            return error(401, "invalid_credentials", "Authentication failed.");
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !admin.get()) {
            return error(403, "insufficient_role", "The account's roles do not allow this operation.");
        }
        List<String> segments = List.of(path.replaceFirst("^/", "").split("/"));
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        synchronized (state.connections) {
            return route(method, segments, query, exchange, body);
        }
    }

    private Answer route(String method, List<String> s, Map<String, String> query, HttpExchange exchange, byte[] body) {
        if (s.equals(List.of("version")) && method.equals("GET")) {
            return ok(json().put("version", PingFederateStandIn.VERSION));
        }
        if (s.equals(List.of("dataStores")) && method.equals("GET")) {
            ObjectNode out = json();
            out.putArray("items").addAll(state.dataStores);
            return ok(out);
        }
        if (s.size() >= 2 && s.get(0).equals("idp") && s.get(1).equals(SP_CONNECTIONS)) {
            return spConnections(method, s.subList(2, s.size()), exchange, body);
        }
        if (s.isEmpty() || !s.get(0).equals(CONNECTIONS) || s.size() > 3) {
            return error(404, "resource_not_found", "The requested resource was not found.");
        }
        if (s.size() == 1) {
            return switch (method) {
                case "GET" -> ok(list());
                case "POST" -> withBody(exchange, body, "PingOneConnection", json -> create(json));
                default -> error(405, "method_not_allowed", "Method " + method + " is not allowed here.");
            };
        }
        StoredConnection c = state.connections.get(s.get(1));
        if (c == null) {
            return error(404, "resource_not_found", "PingOne connection with ID '" + s.get(1) + "' not found.");
        }
        if (s.size() == 2) {
            return switch (method) {
                case "GET" -> ok(c.toJson());
                case "PUT" -> withBody(exchange, body, "PingOneConnection", json -> replace(c, json));
                case "DELETE" -> delete(c);
                default -> error(405, "method_not_allowed", "Method " + method + " is not allowed here.");
            };
        }
        if (!method.equals("GET")) {
            return error(405, "method_not_allowed", "Method " + method + " is not allowed here.");
        }
        return switch (s.get(2)) {
            case "credentialStatus" -> ok(json().put("pingOneCredentialStatus", c.active ? "VALID" : "UNKNOWN"));
            case "environments" -> ok(environments(c, query));
            case "usage" -> ok(usage(c));
            case "serviceAssociations" -> ok(serviceAssociations(c));
            default -> error(404, "resource_not_found", "The requested resource was not found.");
        };
    }

    private interface BodyHandler {
        Answer handle(ObjectNode json);
    }

    private Answer withBody(HttpExchange exchange, byte[] body, String schema, BodyHandler handler) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return error(415, "unsupported_media_type", "The request body must be application/json.");
        }
        JsonNode json;
        try {
            json = PingFederateJson.mapper().readTree(body);
        } catch (IOException e) {
            return error(400, "invalid_request", "The request body is not valid JSON.");
        }
        List<SchemaValidator.Violation> violations = json == null ? List.of(new SchemaValidator.Violation("",
                SchemaValidator.Violation.Kind.WRONG_TYPE, "The request body is empty."))
                : validator.validate(json, schema);
        if (!violations.isEmpty()) {
            boolean onlyMissing = violations.stream().allMatch(v -> v.kind() == SchemaValidator.Violation.Kind.REQUIRED);
            return validation(onlyMissing ? 422 : 400, violations.stream()
                    .map(v -> fieldError(v.fieldPath(), v.kind() == SchemaValidator.Violation.Kind.REQUIRED
                            ? "validation_required_field_missing" : "validation_invalid_field", v.message())).toList());
        }
        return handler.handle((ObjectNode) json);
    }

    /** {@code /idp/spConnections[/{id}]}: list, read, create and replace, with PingOne outbound provisioning checked. */
    private Answer spConnections(String method, List<String> rest, HttpExchange exchange, byte[] body) {
        if (rest.isEmpty()) {
            return switch (method) {
                case "GET" -> {
                    ObjectNode out = json();
                    out.putArray("items").addAll(state.spConnections.values());
                    yield ok(out);
                }
                case "POST" -> withBody(exchange, body, "SpConnection", json -> saveSpConnection(null, json));
                default -> error(405, "method_not_allowed", "Method " + method + " is not allowed here.");
            };
        }
        ObjectNode existing = rest.size() == 1 ? state.spConnections.get(rest.get(0)) : null;
        if (existing == null) {
            return error(404, "resource_not_found", "SP connection with ID '" + String.join("/", rest) + "' not found.");
        }
        return switch (method) {
            case "GET" -> ok(existing);
            case "PUT" -> withBody(exchange, body, "SpConnection", json -> saveSpConnection(existing, json));
            default -> error(405, "method_not_allowed", "Method " + method + " is not allowed here.");
        };
    }

    private Answer saveSpConnection(ObjectNode existing, ObjectNode json) {
        String id = existing != null ? existing.get("id").asText() : json.hasNonNull("id") ? json.get("id").asText() : newId();
        if (existing != null && json.hasNonNull("id") && !json.get("id").asText().equals(id)) {
            return validation(422, List.of(fieldError("id", "id_mismatch", "The ID in the body differs from the one in the path.")));
        }
        List<ObjectNode> errors = new ArrayList<>();
        String entityId = json.path("entityId").asText();
        if (state.spConnections.values().stream().anyMatch(o -> !o.get("id").asText().equals(id)
                && o.path("entityId").asText().equals(entityId))) {
            errors.add(fieldError("entityId", "duplicate_entity_id", "Another SP connection has the entity ID '"
                    + entityId + "'."));
        }
        JsonNode provision = json.path("outboundProvision");
        if ("PingOne".equals(provision.path("type").asText())) {
            errors.addAll(checkPingOneProvisioning(provision));
        }
        if (!errors.isEmpty()) {
            return validation(422, errors);
        }
        ObjectNode stored = json.deepCopy();
        stored.put("id", id);
        String now = Instant.now().toString();
        stored.put("creationDate", existing != null ? existing.path("creationDate").asText(now) : now);
        stored.put("modificationDate", now);
        state.spConnections.put(id, stored);
        return new Answer(existing == null ? 201 : 200, stored);
    }

    /** What PingFederate's PingOne connector checks: a known PingOne connection and environment, known data stores. */
    private List<ObjectNode> checkPingOneProvisioning(JsonNode provision) {
        List<ObjectNode> errors = new ArrayList<>();
        String environment = null;
        for (JsonNode setting : provision.path("targetSettings")) {
            if ("PINGONE_ENVIRONMENT".equals(setting.path("name").asText())) {
                environment = setting.path("value").asText();
            }
        }
        String[] parts = environment == null ? new String[0] : environment.split("\\|", -1);
        StoredConnection connection = parts.length == 2 ? state.connections.get(parts[0]) : null;
        if (connection == null || !connection.claims.environmentId.equals(parts[1])) {
            errors.add(fieldError("outboundProvision.targetSettings", "invalid_pingone_environment",
                    "PINGONE_ENVIRONMENT must be '<PingOne connection ID>|<environment ID>' of an existing connection."));
        }
        for (JsonNode channel : provision.path("channels")) {
            String store = channel.path("channelSource").path("dataSource").path("id").asText();
            if (state.dataStores.stream().noneMatch(d -> d.path("id").asText().equals(store))) {
                errors.add(fieldError("outboundProvision.channels.channelSource.dataSource", "invalid_data_store",
                        "Data store '" + store + "' does not exist."));
            }
        }
        return errors;
    }

    private Answer create(ObjectNode json) {
        if (!json.has("credential") && !json.has("encryptedCredential")) {
            return validation(422, List.of(fieldError("credential", "validation_required_field_missing",
                    "A credential is required.")));
        }
        StoredConnection c = new StoredConnection(json.hasNonNull("id") ? json.get("id").asText() : newId(), Instant.now());
        if (state.connections.containsKey(c.id)) {
            return validation(422, List.of(fieldError("id", "duplicate_id", "A PingOne connection with this ID already exists.")));
        }
        Optional<Answer> refused = apply(c, json);
        if (refused.isPresent()) {
            return refused.get();
        }
        state.connections.put(c.id, c);
        return new Answer(201, c.toJson());
    }

    private Answer replace(StoredConnection c, ObjectNode json) {
        if (json.hasNonNull("id") && !json.get("id").asText().equals(c.id)) {
            return validation(422, List.of(fieldError("id", "id_mismatch", "The ID in the body differs from the one in the path.")));
        }
        if (!json.has("credential") && !json.has("encryptedCredential")) {
            return validation(422, List.of(fieldError("credential", "validation_required_field_missing",
                    "Either credential or encryptedCredential is required; pass encryptedCredential back unchanged "
                            + "to keep the credential.")));
        }
        StoredConnection updated = new StoredConnection(c.id, c.created);
        updated.claims = c.claims;
        updated.encryptedCredential = c.encryptedCredential;
        Optional<Answer> refused = apply(updated, json);
        if (refused.isPresent()) {
            return refused.get();
        }
        c.name = updated.name;
        c.description = updated.description;
        c.active = updated.active;
        c.claims = updated.claims;
        c.encryptedCredential = updated.encryptedCredential;
        return ok(c.toJson());
    }

    /** Takes the writable fields of {@code json} into {@code c}; a refusal when PingFederate would refuse them. */
    private Optional<Answer> apply(StoredConnection c, ObjectNode json) {
        List<ObjectNode> errors = new ArrayList<>();
        String name = json.path("name").asText("").strip();
        if (name.isEmpty()) {
            errors.add(fieldError("name", "validation_required_field_missing", "The name is required."));
        } else if (state.connections.values().stream().anyMatch(o -> o != c && !o.id.equals(c.id) && o.name.equalsIgnoreCase(name))) {
            errors.add(fieldError("name", "duplicate_name", "A PingOne connection named '" + name + "' already exists."));
        }
        if (json.hasNonNull("credential")) {
            char[] pasted = json.get("credential").asText().toCharArray();
            try {
                GatewayCredentials.Parsed parsed = GatewayCredentials.parse(pasted);
                parsed.credential().destroy();
                if (!GatewayCredentials.PING_FEDERATE.equals(parsed.claims().gatewayType)) {
                    errors.add(fieldError("credential", "invalid_credential", "The credential is not for a PingFederate gateway."));
                } else if (usedElsewhere(c, parsed.claims().jti)) {
                    errors.add(fieldError("credential", "credential_in_use",
                            "The credential is already used by another PingOne connection."));
                } else {
                    c.claims = parsed.claims();
                    c.encryptedCredential = encrypt();
                }
            } catch (InvalidEntryException e) {
                errors.add(fieldError("credential", "invalid_credential", "The credential is malformed."));
            } finally {
                Arrays.fill(pasted, '\0');
            }
        } else if (!json.path("encryptedCredential").asText("").equals(c.encryptedCredential)) {
            errors.add(fieldError("encryptedCredential", "invalid_encrypted_credential",
                    "The encrypted credential could not be decrypted."));
        }
        c.name = name;
        c.description = json.hasNonNull("description") ? json.get("description").asText() : null;
        c.active = !json.has("active") || json.get("active").asBoolean();
        return errors.isEmpty() ? Optional.empty() : Optional.of(validation(422, errors));
    }

    private boolean usedElsewhere(StoredConnection c, String jti) {
        return state.connections.values().stream().anyMatch(o -> !o.id.equals(c.id) && o.claims.jti.equals(jti));
    }

    private Answer delete(StoredConnection c) {
        if (!c.usedBy.isEmpty()) {
            return validation(422, List.of(fieldError(null, "resource_in_use", "The PingOne connection is in use by "
                    + String.join(", ", c.usedBy) + " and cannot be deleted.")));
        }
        state.connections.remove(c.id);
        return new Answer(204, null);
    }

    private ObjectNode list() {
        ObjectNode out = json();
        ArrayNode items = out.putArray("items");
        state.connections.values().forEach(c -> items.add(c.toJson()));
        return out;
    }

    /** The connection's own environment and some made-up neighbours, so paging and filtering can be tried. */
    private static ObjectNode environments(StoredConnection c, Map<String, String> query) {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {c.claims.environmentId, c.claims.environmentName == null ? "Environment" : c.claims.environmentName,
                "PRODUCTION"});
        for (String[] neighbour : new String[][] {{"Staging", "SANDBOX"}, {"Development", "SANDBOX"},
                {"Customers", "PRODUCTION"}, {"Workforce", "PRODUCTION"}, {"Partners", "SANDBOX"}}) {
            all.add(new String[] {UUID.nameUUIDFromBytes((c.claims.environmentId + neighbour[0]).getBytes(StandardCharsets.UTF_8))
                    .toString(), neighbour[0], neighbour[1]});
        }
        String filter = query.getOrDefault("filter", "").toLowerCase(Locale.ROOT);
        List<String[]> matching = all.stream().filter(e -> e[0].toLowerCase(Locale.ROOT).contains(filter)
                || e[1].toLowerCase(Locale.ROOT).contains(filter)).toList();
        int size = positive(query.get("numberPerPage"), DEFAULT_PAGE_SIZE);
        int page = positive(query.get("page"), 1);
        ObjectNode out = json();
        ArrayNode items = out.putArray("items");
        matching.stream().skip((long) (page - 1) * size).limit(size)
                .forEach(e -> items.addObject().put("name", e[1]).put("id", e[0]).put("type", e[2]));
        return out;
    }

    private static ObjectNode usage(StoredConnection c) {
        ObjectNode out = json();
        ArrayNode categories = out.putArray("categories");
        categories.addObject().put("id", "IDP_ADAPTER").put("name", "IdP Adapters");
        ArrayNode items = out.putArray("items");
        for (String name : c.usedBy) {
            ObjectNode item = items.addObject().put("id", name.replaceAll("\\W", "")).put("name", name)
                    .put("categoryId", "IDP_ADAPTER").put("type", "PingOne MFA IdP Adapter");
            item.putObject("ref").put("id", name.replaceAll("\\W", ""));
        }
        return out;
    }

    private static ObjectNode serviceAssociations(StoredConnection c) {
        ObjectNode out = json();
        ArrayNode items = out.putArray("items");
        items.addObject().put("componentName", "PingOne MFA IdP Adapter").put("configured", !c.usedBy.isEmpty())
                .putArray("serviceNames").add("PingOne MFA");
        items.addObject().put("componentName", "PingOne Protect IdP Adapter").put("configured", false)
                .putArray("serviceNames").add("PingOne Protect");
        return out;
    }

    private Answer token(HttpExchange exchange, byte[] body) {
        if (!exchange.getRequestMethod().equals("POST")) {
            return error(405, "method_not_allowed", "Use POST.");
        }
        Map<String, String> form = query(new String(body, StandardCharsets.UTF_8));
        String[] client = basic(exchange.getRequestHeaders().getFirst("Authorization"), true)
                .orElse(new String[] {form.get("client_id"), form.get("client_secret")});
        Secret known = client[0] == null ? null : state.oauthClients.get(client[0]);
        Secret given = Secret.of(client[1] == null ? new char[0] : client[1].toCharArray());
        boolean accepted = known != null && client[1] != null && known.sameAs(given);
        given.destroy();
        if (!accepted) {
            return new Answer(401, json().put("error", "invalid_client").put("error_description", "Invalid client or client credentials."));
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return new Answer(400, json().put("error", "unsupported_grant_type"));
        }
        String token = newToken();
        state.tokens.put(token, Instant.now().plus(state.tokenLifetime));
        state.tokensIssued.incrementAndGet();
        return ok(json().put("access_token", token).put("token_type", "Bearer")
                .put("expires_in", state.tokenLifetime.toSeconds()));
    }

    /** Empty when the header authenticates nobody; else whether the account is an admin. */
    private Optional<Boolean> authenticate(String header) {
        if (header != null && header.startsWith("Bearer ")) {
            Instant expires = state.tokens.get(header.substring(7));
            return expires != null && Instant.now().isBefore(expires) ? Optional.of(true) : Optional.empty();
        }
        return basic(header, false).flatMap(pair -> {
            StandInState.User user = state.users.get(pair[0]);
            Secret given = Secret.of(pair[1].toCharArray());
            try {
                return user != null && user.password().sameAs(given) ? Optional.of(user.admin()) : Optional.empty();
            } finally {
                given.destroy();
            }
        });
    }

    /** User and password of an HTTP Basic header; {@code formEncoded} for OAuth2 clients (RFC 6749 2.3.1). */
    private static Optional<String[]> basic(String header, boolean formEncoded) {
        if (header == null || !header.startsWith("Basic ")) {
            return Optional.empty();
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String user = pair.substring(0, colon);
            String password = pair.substring(colon + 1);
            return Optional.of(formEncoded ? new String[] {URLDecoder.decode(user, StandardCharsets.UTF_8),
                    URLDecoder.decode(password, StandardCharsets.UTF_8)} : new String[] {user, password});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        state.recorded.add(new RecordedRequest(exchange.getRequestMethod(), target, headers,
                new String(body, StandardCharsets.UTF_8)));
    }

    private void pause() {
        try {
            Thread.sleep(state.delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
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

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static int positive(String value, int fallback) {
        try {
            int n = value == null ? fallback : Integer.parseInt(value);
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Answer ok(JsonNode body) {
        return new Answer(200, body);
    }

    private static Answer error(int status, String resultId, String message) {
        return new Answer(status, json().put("resultId", resultId).put("message", message));
    }

    private static Answer validation(int status, List<ObjectNode> fieldErrors) {
        ObjectNode body = json().put("resultId", "validation_error").put("message", "Validation error(s) occurred.");
        body.putArray("validationErrors").addAll(fieldErrors);
        return new Answer(status, body);
    }

    private static ObjectNode fieldError(String fieldPath, String errorId, String message) {
        ObjectNode e = json().put("errorId", errorId).put("message", message);
        if (fieldPath != null && !fieldPath.isEmpty()) {
            e.put("fieldPath", fieldPath);
        }
        return e;
    }

    private static ObjectNode json() {
        return PingFederateJson.mapper().createObjectNode();
    }

    private static String newId() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 22; i++) {
            id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    private static String encrypt() {
        byte[] random = new byte[48];
        RANDOM.nextBytes(random);
        return "OBF:JWE:" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
