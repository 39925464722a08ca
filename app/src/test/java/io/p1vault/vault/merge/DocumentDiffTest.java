package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static io.p1vault.vault.merge.MergeDocs.A;
import static io.p1vault.vault.merge.MergeDocs.B;
import static io.p1vault.vault.merge.MergeDocs.base;
import static io.p1vault.vault.merge.MergeDocs.doc;
import static io.p1vault.vault.merge.MergeDocs.entryOf;
import static io.p1vault.vault.merge.MergeDocs.json;
import static io.p1vault.vault.merge.MergeDocs.remove;
import static org.assertj.core.api.Assertions.assertThat;

class DocumentDiffTest {
    @Test
    void namesEntriesAndFieldsAddedRemovedAndChanged() {
        ObjectNode before = base();
        ObjectNode after = before.deepCopy();
        entryOf(after, A).put("clientSecret", "new").put("tokenUrl", "https://x.example.com/t");
        entryOf(after, A).put("modifiedAt", "2026-05-01T00:00:00Z");
        remove(after, B);
        after.withArray("entries").add(MergeDocs.entry("00000000-0000-4000-8000-00000000000d", "new one"));
        after.set(
                "members", json("{'m':[{'name':'ann','recipient':'age1ann'}]}").get("m"));

        assertThat(DocumentDiff.summary(doc(before), doc(after)))
                .containsExactly(
                        "changed: \"entry a\" (fields: clientSecret, tokenUrl)",
                        "removed: \"entry b\"",
                        "added: \"new one\"",
                        "member added: \"ann\"");
    }

    @Test
    void controlCharactersInNamesAreMadeVisible() {
        ObjectNode before = base();
        ObjectNode after = before.deepCopy();
        entryOf(after, A).put("name", "evil\u001b[2Jname");

        assertThat(DocumentDiff.summary(doc(before), doc(after)))
                .containsExactly("changed: \"evil\\u001b[2Jname\" (fields: name)");
    }

    @Test
    void identicalDocumentsHaveNoLines() {
        assertThat(DocumentDiff.summary(doc(base()), doc(base()))).isEmpty();
    }
}
