package io.p1vault.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.VaultJson;
import io.p1vault.vault.VaultDocuments;
import io.p1vault.vault.merge.DocumentMerge;
import io.p1vault.vault.merge.MergeOutcome;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * The three-way merge of documents of 1 250, 2 500, 5 000 and 10 000 realistic entries (a vault
 * holds at most 10 000, {@code DocumentLimits.MAX_ENTRIES}, so no larger merge result can be read),
 * each side with 50 edits: notes of 40 entries (different on each side), the names of the same 5
 * entries (which conflict), 5 entries removed (different on each side). Timed: {@link
 * DocumentMerge#merge} from the three documents to the merged document, each figure after untimed
 * warm-up runs; the ratio per doubling of the entries shows whether it grows linearly (2.0).
 * Run: {@code mvn -B -q -Pbench -Dbench=MergeBenchmark verify}
 */
public final class MergeBenchmark {
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final int WARM_UP = 3;
    private static final int[] SIZES = {1_250, 2_500, 5_000, 10_000};
    private static final int EDITS = 50;

    private MergeBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.printf(
                "merge benchmark: %d runs each (after %d warm-up runs), %d edits on each side, %s, Java %s%n",
                RUNS, WARM_UP, EDITS, Machine.describe(), System.getProperty("java.vm.version"));
        Timings[] all = new Timings[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            all[i] = merge(SIZES[i]);
            System.out.println("  " + all[i].row());
        }
        System.out.println("\nper doubling of the entries (2.00 = linear):");
        for (int i = 1; i < SIZES.length; i++) {
            double doublings = Math.log((double) SIZES[i] / SIZES[i - 1]) / Math.log(2);
            double perDoubling = Math.pow(all[i].median() / all[i - 1].median(), 1 / doublings);
            System.out.printf(Locale.ROOT, "  %6d -> %6d entries   %.2f%n", SIZES[i - 1], SIZES[i], perDoubling);
        }
    }

    private static Timings merge(int size) throws Exception {
        ObjectNode base = VaultJson.mapper().valueToTree(RealisticEntries.document(size));
        Random random = new Random(size);
        ObjectNode mine = edited(base, random, "mine", 0);
        ObjectNode theirs = edited(base, random, "theirs", size / 2);
        VaultDocument b = document(base);
        VaultDocument m = document(mine);
        VaultDocument t = document(theirs);
        Timings timings = new Timings(String.format(Locale.ROOT, "merge of %,d entries", size));
        int[] conflicts = {0};
        for (int run = -WARM_UP; run < RUNS; run++) {
            double ms = Timings.time(() -> {
                MergeOutcome outcome = DocumentMerge.merge(b, m, t);
                conflicts[0] = outcome.conflicts().size();
            });
            if (run >= 0) {
                timings.add(ms);
            }
        }
        if (conflicts[0] != 5) {
            throw new IllegalStateException("expected the 5 conflicting edits, found " + conflicts[0]);
        }
        return timings;
    }

    /** 40 notes changed from {@code from} on, 5 names changed at the shared entries 100-104, 5 entries removed. */
    private static ObjectNode edited(ObjectNode base, Random random, String side, int from) {
        ObjectNode doc = base.deepCopy();
        ArrayNode entries = (ArrayNode) doc.get("entries");
        for (int i = 0; i < 40; i++) {
            ((ObjectNode) entries.get(from + 200 + i)).put("notes", "edited by " + side + " " + random.nextInt());
        }
        for (int i = 100; i < 105; i++) {
            ((ObjectNode) entries.get(i)).put("name", "renamed by " + side + " " + i);
        }
        for (int i = 0; i < 5; i++) {
            entries.remove(from + 300);
        }
        return doc;
    }

    private static VaultDocument document(JsonNode tree) throws Exception {
        return VaultDocuments.parse(Path.of("benchmark"), tree).document();
    }
}
