package io.p1vault.pingfederate.standin;

import com.fasterxml.jackson.databind.JsonNode;
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
 * features that document's PingOne subset uses ({@code type}, {@code properties},
 * {@code required}, {@code items}, {@code enum}, {@code $ref}, {@code format: date-time}).
 * Properties the schema does not name are refused, as PingFederate refuses them.
 */
final class SchemaValidator {
    static final String RESOURCE = "pf-admin-api-12.1.0.4-pingone-subset.json";

    /** One thing wrong with a body; a missing required field is PingFederate's 422, the rest its 400. */
    record Violation(String fieldPath, Kind kind, String message) {
        enum Kind { REQUIRED, UNKNOWN_FIELD, WRONG_TYPE }
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
        String type = schema.path("type").asText("");
        if (!hasType(value, type)) {
            out.add(new Violation(path, Violation.Kind.WRONG_TYPE, describe(path) + " must be " + article(type) + "."));
            return;
        }
        if (schema.has("enum") && value.isTextual() && !contains(schema.get("enum"), value.asText())) {
            out.add(new Violation(path, Violation.Kind.WRONG_TYPE, describe(path) + " must be one of " + schema.get("enum") + "."));
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
                    out.add(new Violation(child(path, required.asText()), Violation.Kind.REQUIRED,
                            describe(child(path, required.asText())) + " is required."));
                }
            }
            value.properties().forEach(field -> {
                String fieldPath = child(path, field.getKey());
                if (!properties.has(field.getKey())) {
                    out.add(new Violation(fieldPath, Violation.Kind.UNKNOWN_FIELD, "Unrecognized field \""
                            + fieldPath + "\"."));
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
