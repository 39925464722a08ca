package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.SecretsMade;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.VisibleText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two versions of a document, said with entry (and member) names and field
 * names, never values: {@code changed: NAME (fields: clientSecret, scopes)}. For a diff a person reads
 * (git's diff driver, a commit message), so names have their control characters made visible.
 */
public final class DocumentDiff {
    /** Bookkeeping every change touches; listing it would drown what changed. */
    private static final Set<String> NOT_LISTED = Set.of("modifiedAt");

    private DocumentDiff() {}

    /**
     * One line per entry or member added, removed or changed, then the document's own fields changed.
     * The trees compared hold copies of the secrets, wiped at the end.
     */
    public static List<String> summary(VaultDocument a, VaultDocument b) {
        return SecretsMade.wipedAfter(() -> summaryOfTrees(Trees.tree(a), Trees.tree(b)));
    }

    private static List<String> summaryOfTrees(ObjectNode ta, ObjectNode tb) {
        List<String> lines = new ArrayList<>();
        records(lines, "", ta.get(Merger.ENTRIES), tb.get(Merger.ENTRIES), Merger.ENTRY_KEY);
        records(lines, "member ", ta.get(Merger.MEMBERS), tb.get(Merger.MEMBERS), Merger.MEMBER_KEY);
        Set<String> top = changedFields(ta, tb);
        top.removeAll(Set.of(Merger.ENTRIES, Merger.MEMBERS, "history"));
        if (!top.isEmpty()) {
            lines.add("changed: the document (fields: " + String.join(", ", top) + ")");
        }
        return lines;
    }

    private static void records(
            List<String> lines, String what, JsonNode a, JsonNode b, Function<JsonNode, String> key) {
        Map<String, JsonNode> before = KeyedArrays.index(a != null && a.isArray() ? a : null, key);
        Map<String, JsonNode> after = KeyedArrays.index(b != null && b.isArray() ? b : null, key);
        before.forEach((k, old) -> {
            JsonNode now = after.get(k);
            if (now == null) {
                lines.add(what + "removed: " + name(old));
            } else if (!now.equals(old)) {
                Set<String> fields = changedFields(old, now);
                if (!fields.isEmpty()) {
                    lines.add(what + "changed: " + name(now) + " (fields: " + String.join(", ", fields) + ")");
                }
            }
        });
        after.forEach((k, now) -> {
            if (!before.containsKey(k)) {
                lines.add(what + "added: " + name(now));
            }
        });
    }

    /** The fields whose values differ (added and removed ones included), names made visible. */
    private static Set<String> changedFields(JsonNode a, JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        if (!a.isObject() || !b.isObject()) {
            names.add("(the whole record)");
            return names;
        }
        a.fieldNames().forEachRemaining(names::add);
        b.fieldNames().forEachRemaining(names::add);
        Set<String> changed = new LinkedHashSet<>();
        for (String f : names) {
            JsonNode va = a.get(f);
            if (!NOT_LISTED.contains(f) && (va == null ? b.get(f) != null : !va.equals(b.get(f)))) {
                changed.add(VisibleText.shortened(f, MergeConflict.FIELD_SHOWN));
            }
        }
        return changed;
    }

    private static String name(JsonNode record) {
        JsonNode name = record.path("name");
        return name.isTextual()
                ? "\"" + VisibleText.shortened(name.textValue(), EntryRules.MAX_NAME) + "\""
                : "(no name)";
    }
}
