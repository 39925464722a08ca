package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.p1vault.vault.merge.MergeDocs.A;
import static io.p1vault.vault.merge.MergeDocs.B;
import static io.p1vault.vault.merge.MergeDocs.C;
import static io.p1vault.vault.merge.MergeDocs.base;
import static io.p1vault.vault.merge.MergeDocs.doc;
import static io.p1vault.vault.merge.MergeDocs.entryOf;
import static io.p1vault.vault.merge.MergeDocs.json;
import static io.p1vault.vault.merge.MergeDocs.remove;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A canary in every secret and value both sides change: what a merge says about them (conflicts,
 * their descriptions, the diff summary, the message of a refused save) names entries and fields only.
 */
class MergeCanaryTest {
    private static final String CANARY = "CANARY-5e1f-merge";

    @Test
    void conflictsDiffsAndMessagesNeverHoldAValue() {
        ObjectNode base = base();
        entryOf(base, C).set("future", json("{'token':'" + CANARY + "-base'}"));
        ObjectNode mine = base.deepCopy();
        ObjectNode theirs = base.deepCopy();
        entryOf(mine, A).put("clientSecret", CANARY + "-mine").put("clientId", CANARY + "-id-mine");
        entryOf(theirs, A).put("clientSecret", CANARY + "-theirs").put("clientId", CANARY + "-id-theirs");
        entryOf(mine, B).put("clientSecret", CANARY + "-edited");
        remove(theirs, B);
        entryOf(mine, C).set("future", json("{'token':'" + CANARY + "-m'}"));
        entryOf(theirs, C).set("future", json("{'token':'" + CANARY + "-t'}"));
        mine.put("futureTop", CANARY + "-top-mine");
        theirs.put("futureTop", CANARY + "-top-theirs");

        MergeOutcome outcome = MergeDocs.merge(base, mine, theirs);
        assertThat(outcome.conflicts()).hasSize(5);

        List<String> said = new ArrayList<>();
        outcome.conflicts().forEach(c -> {
            said.add(c.toString());
            said.add(c.describe());
        });
        said.addAll(DocumentDiff.summary(doc(base), doc(mine)));
        said.addAll(DocumentDiff.summary(doc(mine), doc(theirs)));
        said.addAll(DocumentDiff.summary(doc(base), outcome.resolve(c -> Resolution.KEEP_BOTH)));
        said.add(outcome.toString());

        assertThat(String.join("\n", said)).contains("clientSecret", "future").doesNotContain(CANARY);
    }

    @Test
    void aSaveRefusedForConflictsSaysNoSecret(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v.age");
        char[] pass = "canary pass".toCharArray();
        try (Vault v = Vault.create(file, pass, 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addClientCredentials("c1", "client", "https://login.example.com/token", CANARY.toCharArray());
            v.save();
            OtherProgram.saves(
                    file,
                    pass,
                    doc -> ((ObjectNode) doc.get("entries").get(0)).put("clientSecret", CANARY + "-theirs"));
            editor.replaceSecret(editor.entries().get(0), (CANARY + "-mine").toCharArray());

            MergeConflictsException e = catchThrowableOfType(MergeConflictsException.class, v::save);
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).contains("\"c1\" (field clientSecret)").doesNotContain(CANARY);
        }
    }
}
