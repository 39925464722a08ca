package io.p1vault.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.util.UUID;

/**
 * Reads a UUID only in its canonical text form. Jackson's own reader also takes a 22- or
 * 24-character string as base64 bytes, so an id such as {@code "CANARY-7f3e-not-a-uuid"} would
 * become another UUID and be written back changed: an id from a file is kept or refused, never
 * silently rewritten.
 */
final class StrictUuidDeserializer extends StdScalarDeserializer<UUID> {
    StrictUuidDeserializer() {
        super(UUID.class);
    }

    @Override
    public UUID deserialize(JsonParser p, DeserializationContext context) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (UUID) context.handleUnexpectedToken(UUID.class, p);
        }
        String text = p.getText();
        if (!Uuids.isUuid(text)) {
            return (UUID) context.handleWeirdStringValue(
                    UUID.class, text, "not a UUID such as 3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90");
        }
        return UUID.fromString(text);
    }
}
