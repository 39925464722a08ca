package io.p1vault.pingfederate.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.p1vault.pingfederate.standin.Answer.error;
import static io.p1vault.pingfederate.standin.Answer.fieldError;
import static io.p1vault.pingfederate.standin.Answer.json;
import static io.p1vault.pingfederate.standin.Answer.methodNotAllowed;
import static io.p1vault.pingfederate.standin.Answer.ok;
import static io.p1vault.pingfederate.standin.Answer.validation;

/**
 * What outbound provisioning to PingOne needs: {@code /dataStores} (read only) and
 * {@code /idp/spConnections[/{id}]} (list, read, create, replace), with a PingOne target's
 * connection, environment and data stores checked against what the stand-in holds.
 */
final class ProvisioningResource {
    static final String DATA_STORES = "dataStores";
    static final List<String> SP_CONNECTIONS = List.of("idp", "spConnections");

    private final StandInState state;

    ProvisioningResource(StandInState state) {
        this.state = state;
    }

    /** {@code GET /dataStores}. */
    Answer dataStores(Call call) {
        if (!call.segments().isEmpty()) {
            return Answer.notFound();
        }
        if (!call.method().equals("GET")) {
            return methodNotAllowed(call.method());
        }
        ObjectNode out = json();
        out.putArray("items").addAll(state.dataStores);
        return ok(out);
    }

    /** {@code call} below {@code /idp/spConnections}; the caller holds the state's lock. */
    Answer spConnections(Call call) {
        List<String> rest = call.segments();
        String method = call.method();
        if (rest.isEmpty()) {
            return switch (method) {
                case "GET" -> {
                    ObjectNode out = json();
                    out.putArray("items").addAll(state.spConnections.values());
                    yield ok(out);
                }
                case "POST" -> call.withBody("SpConnection", json -> save(null, json));
                default -> methodNotAllowed(method);
            };
        }
        ObjectNode existing = rest.size() == 1 ? state.spConnections.get(rest.get(0)) : null;
        if (existing == null) {
            return error(
                    404, "resource_not_found", "SP connection with ID '" + String.join("/", rest) + "' not found.");
        }
        return switch (method) {
            case "GET" -> ok(existing);
            case "PUT" -> call.withBody("SpConnection", json -> save(existing, json));
            default -> methodNotAllowed(method);
        };
    }

    private Answer save(ObjectNode existing, ObjectNode json) {
        String id = existing != null
                ? existing.get("id").asText()
                : json.hasNonNull("id") ? json.get("id").asText() : RandomValues.id();
        if (existing != null
                && json.hasNonNull("id")
                && !json.get("id").asText().equals(id)) {
            return validation(
                    422,
                    List.of(fieldError("id", "id_mismatch", "The ID in the body differs from the one in the path.")));
        }
        List<ObjectNode> errors = new ArrayList<>();
        String entityId = json.path("entityId").asText();
        if (state.spConnections.values().stream()
                .anyMatch(o -> !o.get("id").asText().equals(id)
                        && o.path("entityId").asText().equals(entityId))) {
            errors.add(fieldError(
                    "entityId", "duplicate_entity_id", "Another SP connection has the entity ID '" + entityId + "'."));
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
        stored.put(
                "creationDate", existing != null ? existing.path("creationDate").asText(now) : now);
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
            errors.add(
                    fieldError(
                            "outboundProvision.targetSettings",
                            "invalid_pingone_environment",
                            "PINGONE_ENVIRONMENT must be '<PingOne connection ID>|<environment ID>' of an existing connection."));
        }
        for (JsonNode channel : provision.path("channels")) {
            String store =
                    channel.path("channelSource").path("dataSource").path("id").asText();
            if (state.dataStores.stream().noneMatch(d -> d.path("id").asText().equals(store))) {
                errors.add(fieldError(
                        "outboundProvision.channels.channelSource.dataSource",
                        "invalid_data_store",
                        "Data store '" + store + "' does not exist."));
            }
        }
        return errors;
    }
}
