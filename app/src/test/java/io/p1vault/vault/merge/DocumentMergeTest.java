package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.UnknownEntry;
import io.p1vault.model.VaultDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.p1vault.vault.merge.MergeDocs.A;
import static io.p1vault.vault.merge.MergeDocs.B;
import static io.p1vault.vault.merge.MergeDocs.C;
import static io.p1vault.vault.merge.MergeDocs.base;
import static io.p1vault.vault.merge.MergeDocs.entryOf;
import static io.p1vault.vault.merge.MergeDocs.json;
import static io.p1vault.vault.merge.MergeDocs.merge;
import static io.p1vault.vault.merge.MergeDocs.remove;
import static io.p1vault.vault.merge.MergeDocs.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentMergeTest {
    private final ObjectNode base = base();
    private final ObjectNode mine = base.deepCopy();
    private final ObjectNode theirs = base.deepCopy();

    @Test
    void changesToDifferentEntriesBothArrive() {
        entryOf(mine, A).put("clientId", "mine");
        entryOf(theirs, B).put("clientSecret", "new secret of theirs");
        MergeOutcome outcome = merge(base, mine, theirs);

        assertThat(outcome.clean()).isTrue();
        JsonNode merged = tree(outcome.merged());
        assertThat(entryOf(merged, A).get("clientId").asText()).isEqualTo("mine");
        assertThat(entryOf(merged, B).get("clientSecret").asText()).isEqualTo("new secret of theirs");
        assertThat(merged.get("entries")).hasSize(3);
    }

    @Test
    void aDiscardedMergeHasItsSecretsWipedAndCannotBeUsedAgain() {
        entryOf(theirs, B).put("clientSecret", "new secret of theirs");
        MergeOutcome outcome = merge(base, mine, theirs);
        VaultDocument resolved = outcome.resolve(c -> Resolution.KEEP_MINE);
        VaultDocument preview = outcome.merged();

        outcome.discard();

        assertThat(preview.entries)
                .allMatch(e -> e.secret() == null || e.secret().isDestroyed());
        assertThat(resolved.entries)
                .as("a resolved document is the caller's")
                .allMatch(e -> e.secret() == null || !e.secret().isDestroyed());
        assertThatThrownBy(() -> outcome.resolve(c -> Resolution.KEEP_MINE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("discarded");
        assertThatThrownBy(outcome::merged).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void differentFieldsOfOneEntryBothArrive() {
        entryOf(mine, A).put("clientId", "mine").put("modifiedAt", "2026-02-01T00:00:00Z");
        entryOf(theirs, A)
                .put("tokenUrl", "https://theirs.example.com/token")
                .put("modifiedAt", "2026-03-01T00:00:00Z");
        MergeOutcome outcome = merge(base, mine, theirs);

        assertThat(outcome.clean()).isTrue();
        ObjectNode a = entryOf(tree(outcome.merged()), A);
        assertThat(a.get("clientId").asText()).isEqualTo("mine");
        assertThat(a.get("tokenUrl").asText()).isEqualTo("https://theirs.example.com/token");
        assertThat(a.get("modifiedAt").asText()).as("the later change").isEqualTo("2026-03-01T00:00:00Z");
    }

    @Test
    void theSameFieldChangedDifferentlyConflictsAndKeepsMineUntilResolved() {
        entryOf(mine, A).put("clientSecret", "mine");
        entryOf(theirs, A).put("clientSecret", "theirs").put("clientId", "theirs too");
        MergeOutcome outcome = merge(base, mine, theirs);

        assertThat(outcome.conflicts())
                .containsExactly(new MergeConflict(
                        UUID.fromString(A), "entry a", "clientSecret", MergeConflict.Kind.BOTH_CHANGED));
        assertThat(entryOf(tree(outcome.merged()), A).get("clientSecret").asText())
                .isEqualTo("mine");
        assertThat(entryOf(tree(outcome.merged()), A).get("clientId").asText()).isEqualTo("theirs too");

        ObjectNode taken = entryOf(tree(outcome.resolve(c -> Resolution.TAKE_THEIRS)), A);
        assertThat(taken.get("clientSecret").asText()).isEqualTo("theirs");
        assertThat(entryOf(tree(outcome.resolve(c -> Resolution.KEEP_MINE)), A)
                        .get("clientSecret")
                        .asText())
                .isEqualTo("mine");
    }

    @Test
    void keepBothAddsTheirsAsACopyWithANewIdAndName() {
        entryOf(mine, A).put("clientSecret", "mine");
        entryOf(theirs, A).put("clientSecret", "theirs");
        VaultDocument both = merge(base, mine, theirs).resolve(c -> Resolution.KEEP_BOTH);

        assertThat(both.entries).hasSize(4);
        assertThat(entryOf(tree(both), A).get("clientSecret").asText()).isEqualTo("mine");
        JsonNode copy = tree(both).get("entries").get(3);
        assertThat(copy.get("name").asText()).isEqualTo("entry a (theirs)");
        assertThat(copy.get("id").asText()).isNotIn(A, B, C);
        assertThat(copy.get("clientSecret").asText()).isEqualTo("theirs");
        assertThat(both.history.get(both.history.size() - 1).action).isEqualTo("merge-keep-both");
    }

    @Test
    void anEntryEditedOnOneSideAndRemovedOnTheOtherIsKeptUntilResolved() {
        entryOf(mine, A).put("clientId", "edited");
        remove(theirs, A);
        MergeOutcome outcome = merge(base, mine, theirs);

        assertThat(outcome.conflicts()).extracting(MergeConflict::kind).containsExactly(MergeConflict.Kind.EDIT_DELETE);
        assertThat(entryOf(tree(outcome.merged()), A).get("clientId").asText()).isEqualTo("edited");
        assertThat(entryOf(tree(outcome.resolve(c -> Resolution.TAKE_THEIRS)), A))
                .isNull();
        assertThat(entryOf(tree(outcome.resolve(c -> Resolution.KEEP_BOTH)), A)).isNotNull();

        MergeOutcome reversed = merge(base, theirs, mine);
        assertThat(entryOf(tree(reversed.merged()), A).get("clientId").asText())
                .as("nothing is lost while unresolved")
                .isEqualTo("edited");
        assertThat(entryOf(tree(reversed.resolve(c -> Resolution.KEEP_MINE)), A))
                .isNull();
        assertThat(entryOf(tree(reversed.resolve(c -> Resolution.TAKE_THEIRS)), A)
                        .get("clientId")
                        .asText())
                .isEqualTo("edited");
    }

    @Test
    void anEntryRemovedOnOneSideAndUnchangedOnTheOtherGoes() {
        remove(theirs, B);
        entryOf(mine, A).put("clientId", "edited");
        MergeOutcome outcome = merge(base, mine, theirs);

        assertThat(outcome.clean()).isTrue();
        assertThat(outcome.merged().entries)
                .extracting(e -> e.getId().toString())
                .containsExactly(A, C);
    }

    @Test
    void entriesAddedOnEachSideAreBothKeptAndTheSameIdAddedDifferentlyConflicts() {
        String d = "00000000-0000-4000-8000-00000000000d";
        String e = "00000000-0000-4000-8000-00000000000e";
        mine.withArray("entries").add(MergeDocs.entry(d, "mine d"));
        theirs.withArray("entries").add(MergeDocs.entry(e, "theirs e"));
        theirs.withArray("entries").add(MergeDocs.entry(d, "theirs d"));
        MergeOutcome outcome = merge(base, mine, theirs);

        assertThat(outcome.conflicts())
                .containsExactly(new MergeConflict(UUID.fromString(d), "mine d", null, MergeConflict.Kind.BOTH_ADDED));
        assertThat(outcome.merged().entries)
                .extracting(x -> x.getId().toString())
                .containsExactly(A, B, C, d, e);
        VaultDocument both = outcome.resolve(c -> Resolution.KEEP_BOTH);
        assertThat(both.entries).extracting(x -> x.getName()).contains("mine d", "theirs e", "theirs d (theirs)");
    }

    @Test
    void deploymentsRecordedOnEachSideAreBothKept() {
        String push1 = "{'serverId':'" + B + "','connectionId':'c1','at':'2026-02-01T00:00:00Z','state':'pushed'}";
        String push2 = "{'serverId':'" + C + "','connectionId':'c2','at':'2026-02-02T00:00:00Z','state':'pushed'}";
        ObjectNode gateway = json("{'id':'" + A + "','kind':'pingone-gateway-credential','name':'gw',"
                + "'createdAt':'2026-01-01T00:00:00Z','credential':'jwt','deployments':[]}");
        base.withArray("entries").set(0, gateway);
        ObjectNode m = base.deepCopy();
        ObjectNode t = base.deepCopy();
        entryOf(m, A).withArray("deployments").add(json(push1));
        entryOf(t, A).withArray("deployments").add(json(push2));
        MergeOutcome outcome = merge(base, m, t);

        assertThat(outcome.clean()).isTrue();
        assertThat(entryOf(tree(outcome.merged()), A).get("deployments"))
                .extracting(x -> x.get("connectionId").asText())
                .containsExactly("c1", "c2");
    }

    @Test
    void aCredentialAndItsClaimsAreOneConflictAndResolveTogether() {
        ObjectNode gateway = json("{'id':'" + A + "','kind':'pingone-gateway-credential','name':'gw',"
                + "'createdAt':'2026-01-01T00:00:00Z','credential':'jwt0','claims':{'jti':'0'}}");
        base.withArray("entries").set(0, gateway);
        ObjectNode m = base.deepCopy();
        ObjectNode t = base.deepCopy();
        entryOf(m, A).put("credential", "jwt1").set("claims", json("{'jti':'1'}"));
        entryOf(t, A).put("credential", "jwt2").set("claims", json("{'jti':'2'}"));
        MergeOutcome outcome = merge(base, m, t);

        assertThat(outcome.conflicts()).extracting(MergeConflict::field).containsExactly("credential");
        ObjectNode taken = entryOf(tree(outcome.resolve(c -> Resolution.TAKE_THEIRS)), A);
        assertThat(taken.get("credential").asText()).isEqualTo("jwt2");
        assertThat(taken.at("/claims/jti").asText()).isEqualTo("2");
    }

    @Test
    void historyIsTheUnionOldestFirstAndModifiedAtTheLater() {
        mine.withArray("history").add(json("{'at':'2026-01-03T00:00:00Z','action':'edit','entryId':'" + A + "'}"));
        theirs.withArray("history").add(json("{'at':'2026-01-02T00:00:00Z','action':'edit','entryId':'" + B + "'}"));
        mine.put("modifiedAt", "2026-01-03T00:00:00Z");
        theirs.put("modifiedAt", "2026-01-02T00:00:00Z");
        VaultDocument merged = merge(base, mine, theirs).merged();

        assertThat(merged.history)
                .extracting(h -> h.at.toString())
                .containsExactly("2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "2026-01-03T00:00:00Z");
        assertThat(merged.modifiedAt).hasToString("2026-01-03T00:00:00Z");
    }

    @Test
    void unknownFieldsAndMembersMergeLikeTheRest() {
        base.set("members", json("{'m':[{'name':'ann','recipient':'age1ann'}]}").get("m"));
        ObjectNode m = base.deepCopy();
        ObjectNode t = base.deepCopy();
        m.withArray("members").add(json("{'name':'bob','recipient':'age1bob'}"));
        t.withArray("members").add(json("{'name':'cy','recipient':'age1cy'}"));
        ((ObjectNode) t.get("members").get(0)).put("addedBy", "root");
        entryOf(t, A).put("futureField", "from a newer p1vault");
        t.put("futureTop", 7);
        MergeOutcome outcome = merge(base, m, t);

        assertThat(outcome.clean()).isTrue();
        JsonNode merged = tree(outcome.merged());
        assertThat(merged.get("members"))
                .extracting(x -> x.get("name").asText())
                .containsExactly("ann", "bob", "cy");
        assertThat(merged.at("/members/0/addedBy").asText()).isEqualTo("root");
        assertThat(entryOf(merged, A).get("futureField").asText()).isEqualTo("from a newer p1vault");
        assertThat(merged.get("futureTop").asInt()).isEqualTo(7);
    }

    @Test
    void aMemberChangedOnBothSidesConflictsByName() {
        base.set("members", json("{'m':[{'name':'ann','recipient':'age1ann'}]}").get("m"));
        ObjectNode m = base.deepCopy();
        ObjectNode t = base.deepCopy();
        ((ObjectNode) m.get("members").get(0)).put("addedBy", "me");
        ((ObjectNode) t.get("members").get(0)).put("addedBy", "you");
        MergeOutcome outcome = merge(base, m, t);

        assertThat(outcome.conflicts())
                .containsExactly(new MergeConflict(null, "ann", "members.addedBy", MergeConflict.Kind.BOTH_CHANGED));
        assertThat(tree(outcome.resolve(c -> Resolution.TAKE_THEIRS))
                        .at("/members/0/addedBy")
                        .asText())
                .isEqualTo("you");
    }

    @Test
    void anEntryKeptAsReadSurvivesUnchanged() {
        ObjectNode broken = json("{'id':'" + B + "','kind':'client-credentials','name':'broken',"
                + "'createdAt':'2026-01-01T00:00:00Z','clientSecret':{'not':'a string'},'zz':[1,2]}");
        base.withArray("entries").set(1, broken);
        ObjectNode m = base.deepCopy();
        ObjectNode t = base.deepCopy();
        entryOf(m, A).put("clientId", "mine");
        entryOf(t, C).put("clientId", "theirs");
        VaultDocument merged = merge(base, m, t).merged();

        assertThat(merged.entries.get(1))
                .isInstanceOfSatisfying(
                        UnknownEntry.class, u -> assertThat(u.isUnreadable()).isTrue());
        assertThat(entryOf(tree(merged), B)).isEqualTo(broken);
    }

    @Test
    void aDocumentFieldChangedOnBothSidesConflictsAndResolves() {
        mine.put("futureTop", "mine");
        theirs.put("futureTop", "theirs");
        MergeOutcome outcome = merge(base, mine, theirs);

        assertThat(outcome.conflicts())
                .containsExactly(new MergeConflict(null, null, "futureTop", MergeConflict.Kind.BOTH_CHANGED));
        assertThat(tree(outcome.resolve(c -> Resolution.TAKE_THEIRS))
                        .get("futureTop")
                        .asText())
                .isEqualTo("theirs");
        assertThat(tree(outcome.resolve(c -> Resolution.KEEP_BOTH))
                        .get("futureTop")
                        .asText())
                .isEqualTo("mine");
    }

    @Test
    void theDocumentsMergedAreNotChanged() {
        entryOf(mine, A).put("clientSecret", "mine");
        entryOf(theirs, A).put("clientSecret", "theirs");
        VaultDocument b = MergeDocs.doc(base);
        VaultDocument m = MergeDocs.doc(mine);
        VaultDocument t = MergeDocs.doc(theirs);
        MergeOutcome outcome = DocumentMerge.merge(b, m, t);
        outcome.resolve(c -> Resolution.KEEP_BOTH).entries.forEach(io.p1vault.model.Entry::wipe);
        outcome.merged().entries.forEach(io.p1vault.model.Entry::wipe);

        assertThat(List.of(tree(b), tree(m), tree(t))).containsExactly(base, mine, theirs);
    }
}
