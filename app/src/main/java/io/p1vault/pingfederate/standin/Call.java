package io.p1vault.pingfederate.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.pingfederate.PingFederateJson;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An authenticated admin API request as a resource sees it: method, the path's segments below the
 * resource's own, query and raw body. {@link #withBody} checks the body as PingFederate does.
 */
record Call(
        String method,
        List<String> segments,
        Map<String, String> query,
        String contentType,
        byte[] body,
        SchemaValidator validator) {
    /** What a resource does with a body that passed the schema check. */
    interface BodyHandler {
        Answer handle(ObjectNode json);
    }

    /** The same call for the resource below the first {@code n} segments. */
    Call below(int n) {
        return new Call(method, segments.subList(n, segments.size()), query, contentType, body, validator);
    }

    boolean is(String method, String... path) {
        return this.method.equals(method) && segments.equals(List.of(path));
    }

    /** Parses the body, checks it against {@code schema}, and hands it on; PingFederate's 400/415/422 otherwise. */
    Answer withBody(String schema, BodyHandler handler) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return Answer.error(415, "unsupported_media_type", "The request body must be application/json.");
        }
        JsonNode json;
        try {
            json = PingFederateJson.mapper().readTree(body);
        } catch (IOException e) {
            return Answer.error(400, "invalid_request", "The request body is not valid JSON.");
        }
        List<SchemaValidator.Violation> violations = json == null
                ? List.of(new SchemaValidator.Violation(
                        "", SchemaValidator.Violation.Kind.WRONG_TYPE, "The request body is empty."))
                : validator.validate(json, schema);
        if (!violations.isEmpty()) {
            boolean onlyMissing =
                    violations.stream().allMatch(v -> v.kind() == SchemaValidator.Violation.Kind.REQUIRED);
            return Answer.validation(
                    onlyMissing ? 422 : 400,
                    violations.stream()
                            .map(v -> Answer.fieldError(
                                    v.fieldPath(),
                                    v.kind() == SchemaValidator.Violation.Kind.REQUIRED
                                            ? "validation_required_field_missing"
                                            : "validation_invalid_field",
                                    v.message()))
                            .toList());
        }
        return handler.handle((ObjectNode) json);
    }

    /** A query string or form body as name/value pairs, decoded. */
    static Map<String, String> decodeForm(String raw) {
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
}
