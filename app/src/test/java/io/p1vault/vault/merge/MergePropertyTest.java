package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Entry;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.rules.EntryRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;

import static io.p1vault.vault.merge.MergeDocs.doc;
import static io.p1vault.vault.merge.MergeDocs.json;
import static io.p1vault.vault.merge.MergeDocs.tree;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merge's promises over random edit sequences: a seed makes one original document and two
 * edited versions. A failing case names its seed; {@code -Dtest='MergePropertyTest'} with
 * {@code -Dmerge.seeds=FROM-TO} replays others (the default runs seeds 1-200).
 */
class MergePropertyTest {
    private static final List<String> FIELDS = List.of("clientId", "clientSecret", "tokenUrl", "notes", "future");
    private static final List<String> VALUES = List.of("v0", "v1", "v2");

    static LongStream seeds() {
        String[] range = System.getProperty("merge.seeds", "1-200").split("-");
        return LongStream.rangeClosed(Long.parseLong(range[0]), Long.parseLong(range[range.length - 1]));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mergingAnUnchangedSideGivesTheOther(long seed) {
        Case c = new Case(seed);
        assertMergedIs(c.original, c.mine, c.original, c.mine);
        assertMergedIs(c.original, c.original, c.theirs, c.theirs);
        assertMergedIs(c.original, c.mine, c.mine, c.mine);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keepsEveryChangeThatDoesNotConflictAndReportsExactlyTheRest(long seed) {
        Case c = new Case(seed);
        MergeOutcome outcome = MergeDocs.merge(c.original, c.mine, c.theirs);
        Map<String, JsonNode> merged = byId(tree(outcome.merged()));
        Set<String> expectedConflicts = new LinkedHashSet<>();
        Map<String, JsonNode> o = byId(c.original);
        Map<String, JsonNode> a = byId(c.mine);
        Map<String, JsonNode> b = byId(c.theirs);
        Set<String> ids = new LinkedHashSet<>(o.keySet());
        ids.addAll(a.keySet());
        ids.addAll(b.keySet());
        for (String id : ids) {
            JsonNode oe = o.get(id);
            JsonNode ae = a.get(id);
            JsonNode be = b.get(id);
            JsonNode me = merged.get(id);
            if (oe != null && ae != null && be != null) {
                for (String f : FIELDS) {
                    JsonNode ov = oe.get(f);
                    JsonNode av = ae.get(f);
                    JsonNode bv = be.get(f);
                    JsonNode expected = same(av, bv) || same(bv, ov) ? av : same(av, ov) ? bv : null;
                    if (expected == null && !same(av, bv)) {
                        expectedConflicts.add(id + " " + f + " BOTH_CHANGED");
                        expected = av;
                    }
                    assertThat(me.get(f)).as("entry %s field %s", id, f).isEqualTo(expected);
                }
            } else if (oe != null) {
                JsonNode kept = ae == null ? be : ae;
                if (kept == null || kept.equals(oe)) {
                    assertThat(me)
                            .as("entry %s removed on one side, unchanged on the other", id)
                            .isNull();
                } else {
                    expectedConflicts.add(id + " null EDIT_DELETE");
                    assertThat(me).as("entry %s edited on one side is kept", id).isEqualTo(kept);
                }
            } else {
                if (ae != null && be != null && !ae.equals(be)) {
                    expectedConflicts.add(id + " null BOTH_ADDED");
                }
                assertThat(me).as("entry %s added", id).isEqualTo(ae == null ? be : ae);
            }
        }
        assertThat(outcome.conflicts())
                .extracting(x -> x.entryId() + " " + x.field() + " " + x.kind())
                .containsExactlyInAnyOrderElementsOf(expectedConflicts);
        assertThat(merged.keySet()).as("entries in the merged document").isEqualTo(expectedIds(o, a, b));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isSymmetricUpToTheSideOfConflicts(long seed) {
        Case c = new Case(seed);
        MergeOutcome ab = MergeDocs.merge(c.original, c.mine, c.theirs);
        MergeOutcome ba = MergeDocs.merge(c.original, c.theirs, c.mine);

        assertThat(ba.conflicts())
                .extracting(x -> x.entryId() + " " + x.field() + " " + x.kind())
                .containsExactlyInAnyOrderElementsOf(ab.conflicts().stream()
                        .map(x -> x.entryId() + " " + x.field() + " " + x.kind())
                        .toList());
        ObjectNode mineWins = tree(ab.resolve(x -> Resolution.KEEP_MINE));
        ObjectNode mineTaken = tree(ba.resolve(x -> Resolution.TAKE_THEIRS));
        assertThat(byId(mineTaken)).isEqualTo(byId(mineWins));
        assertThat(mineTaken.get("history")).isEqualTo(mineWins.get("history"));
        assertThat(mineTaken.get("modifiedAt")).isEqualTo(mineWins.get("modifiedAt"));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void losesNoEntryNorHistoryAndKeepsTheEntryRules(long seed) {
        Case c = new Case(seed);
        MergeOutcome outcome = MergeDocs.merge(c.original, c.mine, c.theirs);
        VaultDocument both = outcome.resolve(x -> Resolution.KEEP_BOTH);

        Set<String> expected = expectedIds(byId(c.original), byId(c.mine), byId(c.theirs));
        assertThat(both.entries).extracting(e -> e.getId().toString()).containsAll(expected);
        long copies = outcome.conflicts().stream()
                .filter(x -> x.kind() != MergeConflict.Kind.EDIT_DELETE)
                .map(MergeConflict::entryId)
                .distinct()
                .count();
        assertThat(both.entries).hasSize(expected.size() + (int) copies);
        assertThat(both.entries).extracting(e -> e.getName()).doesNotHaveDuplicates();
        for (Entry e : both.entries) {
            assertThat(EntryRules.check(e)).as("rules of %s", e.getName()).isEmpty();
        }
        Set<JsonNode> history = new HashSet<>();
        c.mine.get("history").forEach(history::add);
        c.theirs.get("history").forEach(history::add);
        assertThat(tree(outcome.merged()).get("history")).containsExactlyInAnyOrderElementsOf(history);
    }

    private static void assertMergedIs(ObjectNode base, ObjectNode mine, ObjectNode theirs, ObjectNode expected) {
        MergeOutcome outcome = MergeDocs.merge(base, mine, theirs);
        assertThat(outcome.conflicts()).isEmpty();
        assertThat(tree(outcome.merged())).isEqualTo(tree(doc(expected)));
    }

    /** Kept: on both sides, added on one, or removed on one side but changed on the other. */
    private static Set<String> expectedIds(Map<String, JsonNode> o, Map<String, JsonNode> a, Map<String, JsonNode> b) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>(o.keySet());
        all.addAll(a.keySet());
        all.addAll(b.keySet());
        for (String id : all) {
            JsonNode kept = a.get(id) == null ? b.get(id) : a.get(id);
            boolean onBoth = a.containsKey(id) && b.containsKey(id);
            if (onBoth || (kept != null && !kept.equals(o.get(id)))) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Map<String, JsonNode> byId(JsonNode doc) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        doc.get("entries").forEach(e -> out.put(e.get("id").asText(), e));
        return out;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a == null ? b == null : a.equals(b);
    }

    /** An original document and two versions edited from it by random steps. */
    private static final class Case {
        private final Random random;
        private final ObjectNode original;
        private final ObjectNode mine;
        private final ObjectNode theirs;
        private int clock;

        Case(long seed) {
            random = new Random(seed);
            original = MergeDocs.json("{'format':'p1vault','version':1,'createdAt':'2026-01-01T00:00:00Z',"
                    + "'modifiedAt':'2026-01-01T00:00:00Z','entries':[],'history':[]}");
            for (int i = random.nextInt(8); i > 0; i--) {
                addEntry(original);
            }
            mine = edited(original.deepCopy());
            theirs = edited(original.deepCopy());
        }

        private ObjectNode edited(ObjectNode doc) {
            ArrayNode entries = doc.withArray("entries");
            for (int step = random.nextInt(7); step > 0; step--) {
                int action = random.nextInt(10);
                if (action == 0 || entries.isEmpty()) {
                    addEntry(doc);
                } else if (action == 1) {
                    record(doc, "remove", entries.remove(random.nextInt(entries.size())));
                } else {
                    ObjectNode e = (ObjectNode) entries.get(random.nextInt(entries.size()));
                    String field = FIELDS.get(random.nextInt(FIELDS.size()));
                    if (random.nextInt(6) == 0 && (field.equals("notes") || field.equals("future"))) {
                        e.remove(field);
                    } else {
                        e.put(field, field.equals("tokenUrl") ? "https://" + value() + ".example.com/t" : value());
                    }
                    e.put("modifiedAt", record(doc, "edit", e));
                }
            }
            return doc;
        }

        private void addEntry(ObjectNode doc) {
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            ObjectNode e = json("{'id':'" + id + "','kind':'client-credentials','name':'entry " + id.substring(0, 8)
                    + "','createdAt':'2026-01-01T00:00:00Z','clientId':'c','clientSecret':'s',"
                    + "'tokenUrl':'https://login.example.com/t'}");
            doc.withArray("entries").add(e);
            e.put("modifiedAt", record(doc, "add", e));
        }

        /** A history record of the step at a time no other step has, so the order of the union is known. */
        private String record(ObjectNode doc, String action, JsonNode entry) {
            String at =
                    Instant.parse("2026-01-02T00:00:00Z").plusSeconds(++clock).toString();
            doc.withArray("history")
                    .addObject()
                    .put("at", at)
                    .put("action", action)
                    .put("entryId", entry.get("id").asText());
            doc.put("modifiedAt", at);
            return at;
        }

        private String value() {
            return VALUES.get(random.nextInt(VALUES.size()));
        }
    }
}
