package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PingOne connection as PingFederate returned it. The whole object is kept, fields this
 * version does not know included, because a PUT replaces everything: what is not sent back is lost.
 */
public final class PingOneConnection {
    private final ObjectNode json;

    public PingOneConnection(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("a PingOne connection is a JSON object");
        }
        this.json = ((ObjectNode) json).deepCopy();
    }

    public String id() {
        return text("id");
    }

    public String name() {
        return text("name");
    }

    public String description() {
        return text("description");
    }

    /** PingFederate's default when the field is absent is active. */
    public boolean active() {
        return !json.has("active") || json.get("active").asBoolean();
    }

    /** The PingOne credential's ID, as PingFederate reports it (read-only there). */
    public String credentialId() {
        return text("credentialId");
    }

    public String environmentId() {
        return text("environmentId");
    }

    public String organizationName() {
        return text("organizationName");
    }

    public String region() {
        return text("region");
    }

    public String creationDate() {
        return text("creationDate");
    }

    /** The object as PingFederate sent it (a copy), for a GET-change-PUT. */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /** What a user may see: every field but the encrypted credential. */
    public Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id());
        out.put("name", name());
        out.put("description", description());
        out.put("active", active());
        out.put("credentialId", credentialId());
        out.put("environmentId", environmentId());
        out.put("organizationName", organizationName());
        out.put("region", region());
        out.put("creationDate", creationDate());
        return out;
    }

    private String text(String field) {
        JsonNode v = json.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Override
    public String toString() {
        return "PingOneConnection[" + id() + " \"" + name() + "\"" + (active() ? "" : " inactive") + "]";
    }
}
