package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Secret;
import io.p1vault.model.VaultDocument;
import io.p1vault.vault.FreeNames;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The result of {@link DocumentMerge#merge}: the merged document (mine where sides conflict) and the
 * conflicts, each of which {@link #resolve} settles with the user's choice.
 */
public final class MergeOutcome {
    private final ObjectNode tree;
    private final List<Pending> pending;
    private final List<MergeConflict> conflicts;
    private final VaultDocument merged;
    /** The copies of secrets the trees hold, which nothing else wipes. */
    private final List<Secret> treeSecrets;

    private boolean discarded;

    /** {@code treeSecrets}: every secret the trees of the merge hold, wiped by {@link #discard()}. */
    MergeOutcome(ObjectNode tree, List<Pending> pending, List<Secret> treeSecrets) {
        this.tree = tree;
        this.pending = List.copyOf(pending);
        this.conflicts = this.pending.stream().map(Pending::conflict).toList();
        this.treeSecrets = List.copyOf(treeSecrets);
        this.merged = Trees.document(tree);
    }

    /**
     * The merged document, to look at; where sides conflict it holds mine (an entry edited on one side
     * and removed on the other: the edit). {@link #discard()} wipes it; {@link #resolve} gives one to keep.
     */
    public VaultDocument merged() {
        requireNotDiscarded();
        return merged;
    }

    /**
     * Wipes the secrets this merge holds (in its trees and in {@link #merged()}); documents {@link
     * #resolve} returned are the caller's and stay whole. Afterwards the merge can no longer be used.
     */
    public void discard() {
        discarded = true;
        treeSecrets.forEach(Secret::destroy);
        merged.wipe();
    }

    private void requireNotDiscarded() {
        if (discarded) {
            // Its secrets are wiped: a document made from it now would hold zeros in their place.
            throw new IllegalStateException("this merge was discarded once saved or locked; merge again");
        }
    }

    public List<MergeConflict> conflicts() {
        return conflicts;
    }

    public boolean clean() {
        return conflicts.isEmpty();
    }

    /**
     * The final document after a choice per conflict (a new document each call). {@link
     * Resolution#KEEP_BOTH} keeps theirs as a copy with a new id and a "(theirs)" name, as an import
     * does, and records the copy in the history.
     */
    public VaultDocument resolve(Function<MergeConflict, Resolution> choice) {
        Objects.requireNonNull(choice, "choice");
        requireNotDiscarded();
        ObjectNode out = tree.deepCopy();
        Map<String, LinkedHashMap<String, JsonNode>> arrays = new LinkedHashMap<>();
        Map<String, JsonNode> copies = new LinkedHashMap<>();
        for (Pending p : pending) {
            Resolution r = Objects.requireNonNull(choice.apply(p.conflict()), "a choice for every conflict");
            if (p.array() == null) {
                if (r == Resolution.TAKE_THEIRS) {
                    Trees.setOrRemove(out, p.fields().get(0), p.theirs());
                }
                continue;
            }
            Map<String, JsonNode> records =
                    arrays.computeIfAbsent(p.array(), a -> KeyedArrays.index(out.get(a), keyOf(a)));
            if (!p.fields().isEmpty()) {
                if (r == Resolution.TAKE_THEIRS && records.get(p.key()) instanceof ObjectNode record) {
                    p.fields()
                            .forEach(
                                    f -> Trees.setOrRemove(record, f, p.theirs().get(f)));
                } else if (r == Resolution.KEEP_BOTH && p.array().equals(Merger.ENTRIES)) {
                    copies.put(p.key(), p.theirs());
                }
            } else if (r == Resolution.TAKE_THEIRS
                    || (r == Resolution.KEEP_MINE && p.conflict().kind() == MergeConflict.Kind.EDIT_DELETE)) {
                JsonNode side = r == Resolution.TAKE_THEIRS ? p.theirs() : p.mine();
                if (side == null) {
                    records.remove(p.key());
                } else {
                    records.put(p.key(), side);
                }
            } else if (r == Resolution.KEEP_BOTH
                    && p.conflict().kind() != MergeConflict.Kind.EDIT_DELETE
                    && p.array().equals(Merger.ENTRIES)) {
                copies.put(p.key(), p.theirs());
            }
        }
        arrays.forEach((name, records) ->
                out.set(name, JsonNodeFactory.instance.arrayNode().addAll(records.values())));
        if (!copies.isEmpty()) {
            addCopies(out, copies.values());
        }
        return Trees.document(out);
    }

    private static void addCopies(ObjectNode out, Iterable<JsonNode> theirs) {
        ArrayNode entries = out.withArray(Merger.ENTRIES);
        ArrayNode history = out.withArray("history");
        Set<String> names = new HashSet<>();
        entries.forEach(e ->
                names.add(e.path("kind").asText() + "\u0000" + e.path("name").asText()));
        String now = Instant.now().toString();
        for (JsonNode original : theirs) {
            ObjectNode copy = ((ObjectNode) original).deepCopy();
            String kind = copy.path("kind").asText();
            String name =
                    FreeNames.free(copy.path("name").asText(), "theirs", n -> names.contains(kind + "\u0000" + n));
            names.add(kind + "\u0000" + name);
            String id = UUID.randomUUID().toString();
            copy.put("id", id).put("name", name);
            entries.add(copy);
            history.addObject()
                    .put("at", now)
                    .put("action", "merge-keep-both")
                    .put("entryId", id)
                    .put("detail", "kept both in a merge: " + kind + " \"" + name + "\"");
        }
    }

    private static Function<JsonNode, String> keyOf(String array) {
        return array.equals(Merger.ENTRIES) ? Merger.ENTRY_KEY : Merger.MEMBER_KEY;
    }
}
