package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The three-way merge of a JSON array of records identified by a key (entries by id, members by
 * recipient, a credential's deployments by server, connection and time): each record is merged on
 * its own, so changes to different records never meet.
 */
final class KeyedArrays {
    /** Merges the three versions of one record (null: absent on that side); returns null to leave it out. */
    interface RecordMerge {
        JsonNode merge(String key, JsonNode base, JsonNode mine, JsonNode theirs);
    }

    private KeyedArrays() {}

    /** Whether {@code node} can take part in a keyed merge: an array, or absent. */
    static boolean mergeable(JsonNode node) {
        return node == null || node.isArray();
    }

    /**
     * The result holds mine's records in mine's order, then the records only theirs has, in theirs'
     * order. {@code base}, {@code mine} and {@code theirs} are arrays or null.
     */
    static ArrayNode merge(
            JsonNode base, JsonNode mine, JsonNode theirs, Function<JsonNode, String> key, RecordMerge records) {
        Map<String, JsonNode> b = index(base, key);
        Map<String, JsonNode> m = index(mine, key);
        Map<String, JsonNode> t = index(theirs, key);
        ArrayNode out = JsonNodeFactory.instance.arrayNode(m.size());
        m.forEach((k, mv) -> addIfKept(out, records.merge(k, b.get(k), mv, t.get(k))));
        t.forEach((k, tv) -> {
            if (!m.containsKey(k)) {
                addIfKept(out, records.merge(k, b.get(k), null, tv));
            }
        });
        return out;
    }

    /**
     * The records by key, in order. A key seen again gets its occurrence number, so a document with
     * a repeated id (kept as read) loses neither record.
     */
    static LinkedHashMap<String, JsonNode> index(JsonNode array, Function<JsonNode, String> key) {
        LinkedHashMap<String, JsonNode> out = new LinkedHashMap<>();
        if (array == null) {
            return out;
        }
        for (JsonNode record : array) {
            String k = key.apply(record);
            String unique = k;
            for (int n = 2; out.containsKey(unique); n++) {
                unique = k + "#" + n;
            }
            out.put(unique, record);
        }
        return out;
    }

    /** A key from the text of {@code fields}; a record without them is keyed by its whole content. */
    static Function<JsonNode, String> byFields(String... fields) {
        return record -> {
            StringBuilder k = new StringBuilder();
            boolean any = false;
            for (String f : fields) {
                JsonNode v = record.get(f);
                any |= v != null && v.isTextual();
                k.append(v != null && v.isTextual() ? v.textValue() : "").append('\u0000');
            }
            // Never equal to a key made of fields: those hold no NUL before the first separator.
            return any ? k.toString() : "\u0000" + record;
        };
    }

    private static void addIfKept(ArrayNode out, JsonNode record) {
        if (record != null) {
            out.add(record);
        }
    }
}
