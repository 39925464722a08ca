package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /cluster/status} of a clustered PingFederate: its nodes and whether the engines are behind. */
public record ClusterStatus(
        List<ClusterNode> nodes,
        String lastConfigUpdateTime,
        String lastReplicationTime,
        boolean replicationRequired,
        boolean mixedMode,
        Integer currentNodeIndex) {
    /** More nodes than any real cluster has; a longer list is cut, as the rest of the answer is still useful. */
    static final int MAX_NODES = 1000;

    public ClusterStatus {
        nodes = List.copyOf(nodes);
    }

    static ClusterStatus of(JsonNode json) {
        List<ClusterNode> nodes = new ArrayList<>();
        for (JsonNode node : json.path("nodes")) {
            if (node.isObject() && nodes.size() < MAX_NODES) {
                nodes.add(ClusterNode.of(node));
            }
        }
        JsonNode current = json.get("currentNodeIndex");
        return new ClusterStatus(
                nodes,
                text(json, "lastConfigUpdateTime"),
                text(json, "lastReplicationTime"),
                json.path("replicationRequired").asBoolean(false),
                json.path("mixedMode").asBoolean(false),
                current != null && current.canConvertToInt() ? current.asInt() : null);
    }

    public List<ClusterNode> engines() {
        return nodes.stream().filter(ClusterNode::isEngine).toList();
    }

    /** How many engine nodes lack the console's latest configuration. */
    public int enginesBehind() {
        if (replicationRequired) {
            return engines().size();
        }
        return (int) engines().stream()
                .filter(n -> "OUT_OF_DATE".equals(n.replicationStatus()) || n.failed())
                .count();
    }

    /** No engine is still retrieving or applying a replication. */
    public boolean settled() {
        return engines().stream().noneMatch(ClusterNode::isReplicating);
    }

    public List<ClusterNode> failedEngines() {
        return engines().stream().filter(ClusterNode::failed).toList();
    }

    /** "N engine nodes have not received this change", or empty when they all have. */
    public String behindMessage() {
        int behind = enginesBehind();
        return behind == 0
                ? ""
                : behind + (behind == 1 ? " engine node has" : " engine nodes have") + " not received this change.";
    }

    /** One line: node count, by mode, for {@code server test}. */
    public String describe() {
        long consoles =
                nodes.stream().filter(n -> ClusterNode.CONSOLE.equals(n.mode())).count();
        return "clustered, " + nodes.size() + (nodes.size() == 1 ? " node" : " nodes") + " (" + consoles
                + (consoles == 1 ? " console, " : " consoles, ") + engines().size()
                + (engines().size() == 1 ? " engine)" : " engines)")
                + (replicationRequired ? "; replication required" : "");
    }

    /** The fields for {@code pf cluster}, nodes last. */
    public Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clustered", true);
        out.put("replicationRequired", replicationRequired);
        out.put("lastConfigUpdateTime", lastConfigUpdateTime);
        out.put("lastReplicationTime", lastReplicationTime);
        out.put("mixedMode", mixedMode);
        out.put("currentNodeIndex", currentNodeIndex);
        out.put("nodes", nodes.stream().map(ClusterNode::summary).toList());
        return out;
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
