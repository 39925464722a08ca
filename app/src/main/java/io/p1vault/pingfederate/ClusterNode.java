package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One node of a PingFederate cluster as {@code GET /cluster/status} reports it. Every field is the
 * server's text, shown to users as it came (front ends escape it), never interpreted beyond the
 * mode and replication status.
 */
public record ClusterNode(
        String address,
        String mode,
        Integer index,
        String version,
        String replicationStatus,
        String configurationTimestamp) {
    public static final String CONSOLE = "CLUSTERED_CONSOLE";
    public static final String ENGINE = "CLUSTERED_ENGINE";
    public static final String DUAL = "CLUSTERED_DUAL";

    static ClusterNode of(JsonNode json) {
        JsonNode index = json.get("index");
        return new ClusterNode(
                text(json, "address"),
                text(json, "mode"),
                index != null && index.canConvertToInt() ? index.asInt() : null,
                text(json, "version"),
                text(json, "replicationStatus"),
                text(json, "configurationTimestamp"));
    }

    /** Serves runtime traffic, so needs the configuration replicated to it (a dual node is both). */
    public boolean isEngine() {
        return ENGINE.equals(mode) || DUAL.equals(mode);
    }

    /** The engine is still retrieving or applying a replicated configuration. */
    public boolean isReplicating() {
        return "RETRIEVING".equals(replicationStatus) || "APPLYING".equals(replicationStatus);
    }

    public boolean failed() {
        return "FAILED".equals(replicationStatus);
    }

    /** The fields for {@code pf cluster}, in the order it prints them. */
    public Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("address", address);
        out.put("mode", mode);
        out.put("index", index);
        out.put("version", version);
        out.put("replicationStatus", replicationStatus);
        out.put("configurationTimestamp", configurationTimestamp);
        return out;
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
