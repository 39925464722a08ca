package io.p1vault.pingfederate.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.pingfederate.PingFederateJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a JSON body against a schema of PingFederate's OpenAPI document, for the schema
 * features that document's subset uses ({@code type}, {@code properties}, {@code required},
 * {@code items}, {@code enum}, {@code $ref}, {@code format: date-time}, {@code allOf} (its parts'
 * properties and required fields together), {@code oneOf}/{@code anyOf} (one part must fit),
 * {@code additionalProperties}). Properties the schema does not name are refused, as PingFederate
 * refuses them.
 */
final class SchemaValidator {
    static final String RESOURCE = "pf-admin-api-12.1.0.4-pingone-subset.json";

    /** One thing wrong with a body; a missing required field is PingFederate's 422, the rest its 400. */
    record Violation(String fieldPath, Kind kind, String message) {
        enum Kind {
            REQUIRED,
            UNKNOWN_FIELD,
            WRONG_TYPE
        }
    }

    private final JsonNode schemas;

    private SchemaValidator(JsonNode schemas) {
        this.schemas = schemas;
    }

    static SchemaValidator load() {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program");
            }
            return new SchemaValidator(PingFederateJson.mapper().readTree(in).path("schemas"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Violation> validate(JsonNode value, String schemaName) {
        List<Violation> out = new ArrayList<>();
        check(value, schema(schemaName), "", out);
        return out;
    }

    private JsonNode schema(String name) {
        JsonNode schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("no schema " + name);
        }
        return schema;
    }

    private void check(JsonNode value, JsonNode schema, String path, List<Violation> out) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(value, schema(ref.substring(ref.lastIndexOf('/') + 1)), path, out);
            return;
        }
        if (schema.has("allOf")) {
            check(value, merged(schema.get("allOf")), path, out);
            return;
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            checkAlternatives(value, schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf"), path, out);
            return;
        }
        String type = schema.path("type").asText("");
        if (!hasType(value, type)) {
            out.add(new Violation(path, Violation.Kind.WRONG_TYPE, describe(path) + " must be " + article(type) + "."));
            return;
        }
        if (schema.has("enum") && value.isTextual() && !contains(schema.get("enum"), value.asText())) {
            out.add(new Violation(
                    path, Violation.Kind.WRONG_TYPE, describe(path) + " must be one of " + schema.get("enum") + "."));
        }
        if ("date-time".equals(schema.path("format").asText()) && value.isTextual()) {
            try {
                OffsetDateTime.parse(value.asText());
            } catch (DateTimeParseException e) {
                out.add(new Violation(path, Violation.Kind.WRONG_TYPE, describe(path) + " must be a date and time."));
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                JsonNode v = value.get(required.asText());
                if (v == null || v.isNull()) {
                    out.add(new Violation(
                            child(path, required.asText()),
                            Violation.Kind.REQUIRED,
                            describe(child(path, required.asText())) + " is required."));
                }
            }
            value.properties().forEach(field -> {
                String fieldPath = child(path, field.getKey());
                if (!properties.has(field.getKey())
                        && schema.path("additionalProperties").isObject()) {
                    check(field.getValue(), schema.get("additionalProperties"), fieldPath, out);
                } else if (!properties.has(field.getKey())) {
                    out.add(new Violation(
                            fieldPath, Violation.Kind.UNKNOWN_FIELD, "Unrecognized field \"" + fieldPath + "\"."));
                } else if (!field.getValue().isNull()) {
                    check(field.getValue(), properties.get(field.getKey()), fieldPath, out);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), path + "[" + i + "]", out);
            }
        }
    }

    /** One object schema with the properties and required fields of all {@code parts} (references resolved). */
    private JsonNode merged(JsonNode parts) {
        ObjectNode merged = PingFederateJson.mapper().createObjectNode().put("type", "object");
        ObjectNode properties = merged.putObject("properties");
        ArrayNode required = merged.putArray("required");
        for (JsonNode part : parts) {
            JsonNode resolved = resolve(part);
            if (resolved.has("allOf")) {
                resolved = merged(resolved.get("allOf"));
            }
            if (resolved.path("properties").isObject()) {
                properties.setAll((ObjectNode) resolved.get("properties").deepCopy());
            }
            resolved.path("required").forEach(required::add);
        }
        return merged;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        return ref == null ? schema : resolve(schema(ref.substring(ref.lastIndexOf('/') + 1)));
    }

    /** The value must fit one of the alternatives; if none fits, the violations of the first are reported. */
    private void checkAlternatives(JsonNode value, JsonNode alternatives, String path, List<Violation> out) {
        List<Violation> first = null;
        for (JsonNode alternative : alternatives) {
            List<Violation> found = new ArrayList<>();
            check(value, alternative, path, found);
            if (found.isEmpty()) {
                return;
            }
            first = first == null ? found : first;
        }
        if (first != null) {
            out.addAll(first);
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            default -> true;
        };
    }

    private static boolean contains(JsonNode values, String value) {
        for (JsonNode v : values) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String describe(String path) {
        return path.isEmpty() ? "The body" : "\"" + path + "\"";
    }

    private static String article(String type) {
        return type.startsWith("a") || type.startsWith("i") || type.startsWith("o") ? "an " + type : "a " + type;
    }
}
