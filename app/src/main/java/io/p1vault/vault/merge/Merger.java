package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One three-way merge of document trees; collects the conflicts it meets. Where both sides changed
 * something differently the merged tree holds mine (or, for an entry one side removed, the edited
 * version, so nothing is lost) until the conflict is resolved.
 */
final class Merger {
    static final String ENTRIES = "entries";
    static final String MEMBERS = "members";
    static final Function<JsonNode, String> ENTRY_KEY = KeyedArrays.byFields("id");
    static final Function<JsonNode, String> MEMBER_KEY = KeyedArrays.byFields("recipient");

    /**
     * Lists of records inside an entry, merged per record when both sides changed them: a push
     * recorded on each side is two deployments, not a conflict. A record's key is what never changes
     * once it is written (its replication state does).
     */
    private static final Map<String, Function<JsonNode, String>> RECORD_LISTS = Map.of(
            "deployments", KeyedArrays.byFields("serverId", "connectionId", "at"),
            "certificatePins", KeyedArrays.byFields("endpoint", "spkiSha256", "certificateSha256"));

    /** Fields derived from another: they go with it when it conflicts (a credential's decoded claims). */
    private static final Map<String, List<String>> DERIVED = Map.of("credential", List.of("claims"));

    /** "Both sides changed it differently", distinct from every value (compared by identity). */
    private static final JsonNode CONFLICT = new TextNode("conflict");

    private final List<Pending> pending = new ArrayList<>();

    List<Pending> pending() {
        return pending;
    }

    ObjectNode document(ObjectNode base, ObjectNode mine, ObjectNode theirs) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String field : fieldsOf(mine, theirs)) {
            JsonNode b = base.get(field);
            JsonNode m = mine.get(field);
            JsonNode t = theirs.get(field);
            JsonNode merged = pick(b, m, t);
            if (merged == CONFLICT) {
                merged = documentField(field, b, m, t);
            }
            if (merged == CONFLICT) {
                conflict(
                        new MergeConflict(null, null, field, MergeConflict.Kind.BOTH_CHANGED),
                        null,
                        field,
                        List.of(field),
                        m,
                        t);
                merged = m;
            }
            if (merged != null) {
                out.set(field, merged);
            }
        }
        return out;
    }

    private JsonNode documentField(String field, JsonNode b, JsonNode m, JsonNode t) {
        boolean keyed = KeyedArrays.mergeable(b) && KeyedArrays.mergeable(m) && KeyedArrays.mergeable(t);
        return switch (field) {
            case ENTRIES ->
                keyed
                        ? KeyedArrays.merge(b, m, t, ENTRY_KEY, (k, eb, em, et) -> record(ENTRIES, k, eb, em, et))
                        : CONFLICT;
            case MEMBERS ->
                keyed
                        ? KeyedArrays.merge(b, m, t, MEMBER_KEY, (k, eb, em, et) -> record(MEMBERS, k, eb, em, et))
                        : CONFLICT;
            case "history" -> m != null && m.isArray() && t != null && t.isArray() ? union(m, t) : CONFLICT;
            case "modifiedAt" -> later(m, t);
            default -> CONFLICT;
        };
    }

    /** One record of a keyed array (an entry, a member); null when it is left out. */
    private JsonNode record(String array, String key, JsonNode b, JsonNode m, JsonNode t) {
        if (same(m, t)) {
            return m;
        }
        if (b == null && (m == null || t == null)) {
            return m == null ? t : m;
        }
        if (b == null) {
            wholeConflict(array, key, MergeConflict.Kind.BOTH_ADDED, m, t);
            return m;
        }
        if (m == null || t == null) {
            JsonNode kept = m == null ? t : m;
            if (kept.equals(b)) {
                return null;
            }
            wholeConflict(array, key, MergeConflict.Kind.EDIT_DELETE, m, t);
            return kept;
        }
        if (m.equals(b)) {
            return t;
        }
        if (t.equals(b)) {
            return m;
        }
        if (b instanceof ObjectNode bo && m instanceof ObjectNode mo && t instanceof ObjectNode to) {
            return fields(array, key, bo, mo, to);
        }
        wholeConflict(array, key, MergeConflict.Kind.BOTH_CHANGED, m, t);
        return m;
    }

    /** A record changed on both sides: per field. */
    private ObjectNode fields(String array, String key, ObjectNode b, ObjectNode m, ObjectNode t) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<String> conflicting = new ArrayList<>();
        for (String field : fieldsOf(m, t)) {
            JsonNode bv = b.get(field);
            JsonNode mv = m.get(field);
            JsonNode tv = t.get(field);
            JsonNode merged = pick(bv, mv, tv);
            if (merged == CONFLICT) {
                merged = field.equals("modifiedAt") ? later(mv, tv) : recordList(field, bv, mv, tv);
            }
            if (merged == CONFLICT) {
                conflicting.add(field);
                merged = mv;
            }
            if (merged != null) {
                out.set(field, merged);
            }
        }
        Set<String> followers = new LinkedHashSet<>();
        conflicting.forEach(field -> followers.addAll(DERIVED.getOrDefault(field, List.of())));
        for (String field : conflicting) {
            if (followers.contains(field)) {
                continue;
            }
            List<String> together = new ArrayList<>(List.of(field));
            for (String derived : DERIVED.getOrDefault(field, List.of())) {
                together.add(derived);
                Trees.setOrRemove(out, derived, m.get(derived));
            }
            String shown = array.equals(ENTRIES) ? field : array + "." + field;
            MergeConflict c = new MergeConflict(idOf(array, m), nameOf(m, t), shown, MergeConflict.Kind.BOTH_CHANGED);
            conflict(c, array, key, together, m, t);
        }
        return out;
    }

    /** A list of records inside an entry changed on both sides: merged per record, unless records conflict. */
    private static JsonNode recordList(String field, JsonNode b, JsonNode m, JsonNode t) {
        Function<JsonNode, String> key = RECORD_LISTS.get(field);
        if (key == null || !KeyedArrays.mergeable(b) || !KeyedArrays.mergeable(m) || !KeyedArrays.mergeable(t)) {
            return CONFLICT;
        }
        boolean[] conflicts = {false};
        ArrayNode merged = KeyedArrays.merge(b, m, t, key, (k, rb, rm, rt) -> {
            JsonNode r = pick(rb, rm, rt);
            conflicts[0] |= r == CONFLICT;
            return r == CONFLICT ? rm : r;
        });
        return conflicts[0] ? CONFLICT : merged;
    }

    private void wholeConflict(String array, String key, MergeConflict.Kind kind, JsonNode m, JsonNode t) {
        String shown = array.equals(ENTRIES) ? null : array;
        conflict(
                new MergeConflict(idOf(array, m == null ? t : m), nameOf(m, t), shown, kind),
                array,
                key,
                List.of(),
                m,
                t);
    }

    private void conflict(MergeConflict c, String array, String key, List<String> fields, JsonNode m, JsonNode t) {
        pending.add(new Pending(c, array, key, fields, m, t));
    }

    /** The three-way rule for one value (null: absent): a side's change wins over no change. */
    private static JsonNode pick(JsonNode b, JsonNode m, JsonNode t) {
        if (same(m, t) || same(t, b)) {
            return m;
        }
        return same(m, b) ? t : CONFLICT;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Every record of both histories once, oldest first (a stable sort: records of one instant keep their order). */
    private static JsonNode union(JsonNode m, JsonNode t) {
        Set<JsonNode> records = new LinkedHashSet<>();
        m.forEach(records::add);
        t.forEach(records::add);
        List<JsonNode> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(r -> instant(r.get("at")), Comparator.nullsFirst(Comparator.naturalOrder())));
        return JsonNodeFactory.instance.arrayNode().addAll(sorted);
    }

    private static JsonNode later(JsonNode m, JsonNode t) {
        Instant mi = instant(m);
        Instant ti = instant(t);
        if (mi == null || ti == null) {
            return CONFLICT;
        }
        return ti.isAfter(mi) ? t : m;
    }

    private static Instant instant(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(node.textValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Set<String> fieldsOf(JsonNode mine, JsonNode theirs) {
        Set<String> fields = new LinkedHashSet<>();
        mine.fieldNames().forEachRemaining(fields::add);
        theirs.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    private static UUID idOf(String array, JsonNode record) {
        JsonNode id = array.equals(ENTRIES) ? record.get("id") : null;
        try {
            return id != null && id.isTextual() ? UUID.fromString(id.textValue()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nameOf(JsonNode m, JsonNode t) {
        JsonNode named = m != null && m.path("name").isTextual() ? m : t;
        return named != null && named.path("name").isTextual()
                ? named.get("name").textValue()
                : null;
    }
}
