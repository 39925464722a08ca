package io.p1vault.pingfederate.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.GatewayCredentials;
import io.p1vault.model.InvalidEntryException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.p1vault.pingfederate.standin.Answer.error;
import static io.p1vault.pingfederate.standin.Answer.fieldError;
import static io.p1vault.pingfederate.standin.Answer.json;
import static io.p1vault.pingfederate.standin.Answer.methodNotAllowed;
import static io.p1vault.pingfederate.standin.Answer.ok;
import static io.p1vault.pingfederate.standin.Answer.validation;

/**
 * {@code /pingOneConnections}: list, read, create, replace and delete, with the credential
 * write-only and its encryption passed back, and the read-only views (credential status,
 * environments, usage, service associations) made up from the credential's claims.
 */
final class ConnectionsResource {
    static final String PATH = "pingOneConnections";
    private static final int DEFAULT_PAGE_SIZE = 25;

    private final StandInState state;

    ConnectionsResource(StandInState state) {
        this.state = state;
    }

    /** {@code call} below {@value #PATH}; the caller holds the state's lock. */
    Answer handle(Call call) {
        List<String> s = call.segments();
        String method = call.method();
        if (s.size() > 2) {
            return Answer.notFound();
        }
        if (s.isEmpty()) {
            return switch (method) {
                case "GET" -> ok(list());
                case "POST" -> call.withBody("PingOneConnection", this::create);
                default -> methodNotAllowed(method);
            };
        }
        StoredConnection c = state.connections.get(s.get(0));
        if (c == null) {
            return error(404, "resource_not_found", "PingOne connection with ID '" + s.get(0) + "' not found.");
        }
        if (s.size() == 1) {
            return switch (method) {
                case "GET" -> ok(c.toJson());
                case "PUT" -> call.withBody("PingOneConnection", json -> replace(c, json));
                case "DELETE" -> delete(c);
                default -> methodNotAllowed(method);
            };
        }
        if (!method.equals("GET")) {
            return methodNotAllowed(method);
        }
        return switch (s.get(1)) {
            case "credentialStatus" -> ok(json().put("pingOneCredentialStatus", credentialStatus(c)));
            case "environments" -> ok(environments(c, call.query()));
            case "usage" -> ok(usage(c));
            case "serviceAssociations" -> ok(serviceAssociations(c));
            default -> Answer.notFound();
        };
    }

    private Answer create(ObjectNode json) {
        if (!json.has("credential") && !json.has("encryptedCredential")) {
            return validation(
                    422,
                    List.of(fieldError(
                            "credential", "validation_required_field_missing", "A credential is required.")));
        }
        StoredConnection c = new StoredConnection(
                json.hasNonNull("id") ? json.get("id").asText() : RandomValues.id(), Instant.now());
        if (state.connections.containsKey(c.id)) {
            return validation(
                    422,
                    List.of(fieldError("id", "duplicate_id", "A PingOne connection with this ID already exists.")));
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
            return validation(
                    422,
                    List.of(fieldError("id", "id_mismatch", "The ID in the body differs from the one in the path.")));
        }
        if (!json.has("credential") && !json.has("encryptedCredential")) {
            return validation(
                    422,
                    List.of(fieldError(
                            "credential",
                            "validation_required_field_missing",
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
        } else if (state.connections.values().stream()
                .anyMatch(o -> o != c && !o.id.equals(c.id) && o.name.equalsIgnoreCase(name))) {
            errors.add(
                    fieldError("name", "duplicate_name", "A PingOne connection named '" + name + "' already exists."));
        }
        if (json.hasNonNull("credential")) {
            char[] pasted = json.get("credential").asText().toCharArray();
            try {
                GatewayCredentials.Parsed parsed = GatewayCredentials.parse(pasted);
                parsed.credential().destroy();
                if (!GatewayCredentials.PING_FEDERATE.equals(parsed.claims().gatewayType)) {
                    errors.add(fieldError(
                            "credential", "invalid_credential", "The credential is not for a PingFederate gateway."));
                } else if (usedElsewhere(c, parsed.claims().jti)) {
                    errors.add(fieldError(
                            "credential",
                            "credential_in_use",
                            "The credential is already used by another PingOne connection."));
                } else {
                    c.claims = parsed.claims();
                    c.encryptedCredential = RandomValues.encryptedCredential();
                    state.credentialUse.used(c.claims.jti);
                }
            } catch (InvalidEntryException e) {
                errors.add(fieldError("credential", "invalid_credential", "The credential is malformed."));
            } finally {
                Arrays.fill(pasted, '\0');
            }
        } else if (!json.path("encryptedCredential").asText("").equals(c.encryptedCredential)) {
            errors.add(fieldError(
                    "encryptedCredential",
                    "invalid_encrypted_credential",
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
            return validation(
                    422,
                    List.of(fieldError(
                            null,
                            "resource_in_use",
                            "The PingOne connection is in use by " + String.join(", ", c.usedBy)
                                    + " and cannot be deleted.")));
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
        all.add(new String[] {
            c.claims.environmentId,
            c.claims.environmentName == null ? "Environment" : c.claims.environmentName,
            "PRODUCTION"
        });
        for (String[] neighbour : new String[][] {
            {"Staging", "SANDBOX"},
            {"Development", "SANDBOX"},
            {"Customers", "PRODUCTION"},
            {"Workforce", "PRODUCTION"},
            {"Partners", "SANDBOX"}
        }) {
            all.add(new String[] {
                UUID.nameUUIDFromBytes((c.claims.environmentId + neighbour[0]).getBytes(StandardCharsets.UTF_8))
                        .toString(),
                neighbour[0],
                neighbour[1]
            });
        }
        String filter = query.getOrDefault("filter", "").toLowerCase(Locale.ROOT);
        List<String[]> matching = all.stream()
                .filter(e -> e[0].toLowerCase(Locale.ROOT).contains(filter)
                        || e[1].toLowerCase(Locale.ROOT).contains(filter))
                .toList();
        int size = positive(query.get("numberPerPage"), DEFAULT_PAGE_SIZE);
        int page = positive(query.get("page"), 1);
        ObjectNode out = json();
        ArrayNode items = out.putArray("items");
        matching.stream()
                .skip((long) (page - 1) * size)
                .limit(size)
                .forEach(
                        e -> items.addObject().put("name", e[1]).put("id", e[0]).put("type", e[2]));
        return out;
    }

    private static ObjectNode usage(StoredConnection c) {
        ObjectNode out = json();
        ArrayNode categories = out.putArray("categories");
        categories.addObject().put("id", "IDP_ADAPTER").put("name", "IdP Adapters");
        ArrayNode items = out.putArray("items");
        for (String name : c.usedBy) {
            ObjectNode item = items.addObject()
                    .put("id", name.replaceAll("\\W", ""))
                    .put("name", name)
                    .put("categoryId", "IDP_ADAPTER")
                    .put("type", "PingOne MFA IdP Adapter");
            item.putObject("ref").put("id", name.replaceAll("\\W", ""));
        }
        return out;
    }

    private static ObjectNode serviceAssociations(StoredConnection c) {
        ObjectNode out = json();
        ArrayNode items = out.putArray("items");
        items.addObject()
                .put("componentName", "PingOne MFA IdP Adapter")
                .put("configured", !c.usedBy.isEmpty())
                .putArray("serviceNames")
                .add("PingOne MFA");
        items.addObject()
                .put("componentName", "PingOne Protect IdP Adapter")
                .put("configured", false)
                .putArray("serviceNames")
                .add("PingOne Protect");
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

    /** VALID while PingOne knows the credential, INVALID once it was revoked; UNKNOWN for an inactive connection. */
    private String credentialStatus(StoredConnection c) {
        if (!c.active) {
            return "UNKNOWN";
        }
        return c.claims == null || state.credentialUse.used(c.claims.jti) ? "VALID" : "INVALID";
    }
}
