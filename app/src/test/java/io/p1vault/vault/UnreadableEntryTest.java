package io.p1vault.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.crypto.age.Age;
import io.p1vault.crypto.age.AgeOutputStream;
import io.p1vault.crypto.age.Envelope;
import io.p1vault.crypto.age.ScryptIdentity;
import io.p1vault.crypto.age.ScryptRecipient;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.UnknownEntry;
import io.p1vault.model.VaultJson;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An entry whose fields have the wrong JSON type no longer makes its whole vault (or export)
 * unreadable: it is kept exactly as read, marked, read-only, and refused on its own at import.
 */
class UnreadableEntryTest {
    static final char[] PASS = "vault passphrase".toCharArray();
    /** A value that must never appear in a message about the entry holding it. */
    static final String CANARY = "CANARY-7f3e-not-a-uuid"; // 22 characters: Jackson alone reads it as base64 bytes

    @TempDir
    Path dir;

    /** A vault of servers "good-1" and "good-2" with two type-broken entries between them. */
    private Path vaultWithBrokenEntries() throws Exception {
        Path file = dir.resolve("broken.p1vault");
        try (Vault v = Vault.create(file, PASS, 10)) {
            VaultEditor editor = new VaultEditor(v);
            editor.addServer("good-1", "https://pf1.example.com:9999", "admin", "pw1".toCharArray());
            editor.addServer("good-2", "https://pf2.example.com:9999", "admin", "pw2".toCharArray());
            v.save();
        }
        ObjectNode doc = (ObjectNode) readJson(file);
        doc.withArray("entries").insert(1, brokenId());
        doc.withArray("entries").insert(2, brokenClaims());
        writeJson(file, doc);
        return file;
    }

    /** A server whose id is not a UUID (and whose secret must survive untouched). */
    private static ObjectNode brokenId() {
        ObjectNode e = VaultJson.mapper().createObjectNode();
        e.put("id", CANARY)
                .put("kind", "pingfederate-server")
                .put("name", "broken-id")
                .put("adminUrl", "https://pf3.example.com:9999")
                .put("username", "admin")
                .put("password", "kept-secret")
                .put("createdAt", "2025-01-01T00:00:00.000Z")
                .putObject("future")
                .put("n", 1);
        return e;
    }

    /** A gateway credential whose claims are text instead of an object. */
    private static ObjectNode brokenClaims() {
        ObjectNode e = VaultJson.mapper().createObjectNode();
        e.put("id", "2a7f3c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b")
                .put("kind", "pingone-gateway-credential")
                .put("name", "broken-claims")
                .put("claims", CANARY)
                .put("createdAt", "2025-01-01T00:00:00Z");
        return e;
    }

    @Test
    void aVaultWithTypeBrokenEntriesOpensWithThemMarkedAndTheGoodOnesWork() throws Exception {
        Path file = vaultWithBrokenEntries();
        try (Vault v = Vault.open(file, PASS)) {
            List<Entry> entries = v.document().entries;
            assertThat(entries)
                    .extracting(Entry::getName)
                    .containsExactly("good-1", "broken-id", "broken-claims", "good-2");
            assertThat(entries.get(1)).isInstanceOf(UnknownEntry.class);
            assertThat(EntryRules.check(entries.get(1)))
                    .extracting(Violation::field)
                    .containsExactly("entries[1].id");
            assertThat(EntryRules.check(entries.get(2)))
                    .extracting(Violation::field)
                    .containsExactly("entries[2].claims");
            assertThat(EntryRules.check(entries.get(0))).isEmpty();

            VaultEditor editor = new VaultEditor(v);
            PingFederateServerEntry good =
                    (PingFederateServerEntry) editor.require(EntryKind.PINGFEDERATE_SERVER, "good-2");
            assertThat(new String(good.getSecret().reveal())).isEqualTo("pw2");
            editor.rename(good, "good-2-renamed");
            assertThatThrownBy(() -> editor.rename(entries.get(1), "fixed"))
                    .isInstanceOf(VaultException.class)
                    .hasMessageContaining("entries[1].id")
                    .hasMessageContaining("cannot be changed")
                    .hasMessageNotContaining(CANARY);
            assertThatThrownBy(() -> editor.setNotes(entries.get(2), "n")).isInstanceOf(VaultException.class);
        }
    }

    @Test
    void theProblemIsOneLineNamingTheEntryAndFieldAndNeverTheValue() throws Exception {
        try (Vault v = Vault.open(vaultWithBrokenEntries(), PASS)) {
            for (Entry e : v.document().entries.subList(1, 3)) {
                String problem = EntryRules.check(e).get(0).toString();
                assertThat(problem)
                        .as(e.getName())
                        .startsWith("entries[")
                        .contains("wrong type")
                        .doesNotContain(CANARY)
                        .doesNotContain("\n");
            }
        }
    }

    @Test
    void aSaveKeepsTheBrokenEntriesJsonExactlyAsRead() throws Exception {
        Path file = vaultWithBrokenEntries();
        try (Vault v = Vault.open(file, PASS)) {
            new VaultEditor(v).addServer("added", "https://pf4.example.com:9999", "admin", "pw4".toCharArray());
            v.save();
        }
        JsonNode after = readJson(file).get("entries");
        assertThat(after.get(1)).isEqualTo(brokenId());
        assertThat(after.get(2)).isEqualTo(brokenClaims());
        // Text for text: the timestamp not normalised, the secret not moved or reformatted.
        assertThat(after.get(1).get("createdAt").textValue()).isEqualTo("2025-01-01T00:00:00.000Z");
        assertThat(after.size()).isEqualTo(5);
    }

    @Test
    void anImportOfSuchAnExportRefusesJustTheBrokenEntries() throws Exception {
        Path receiverFile = dir.resolve("receiver.p1vault");
        try (Vault receiver = Vault.create(receiverFile, PASS, 10)) {
            VaultEditor editor = new VaultEditor(receiver);
            editor.addNewIdentity("me");
            String recipient = ((AgeIdentityEntry) editor.require(EntryKind.AGE_IDENTITY, "me")).getRecipient();
            Path export = dir.resolve("export.age");
            try (Vault sender = Vault.open(vaultWithBrokenEntries(), PASS)) {
                VaultExport.export(
                        sender,
                        VaultExport.defaultSelection(sender.document().entries),
                        VaultExport.recipients(List.of(recipient)),
                        false,
                        export);
            }
            ImportPreview preview = VaultImport.preview(receiver, export, null);
            assertThat(preview.items())
                    .extracting(i -> i.incoming().getName() + " " + i.status())
                    .containsExactly("good-1 NEW", "broken-id REFUSED", "broken-claims REFUSED", "good-2 NEW");
            assertThat(preview.items().get(1).problems())
                    .singleElement()
                    .extracting(Violation::field)
                    .isEqualTo("entries[1].id");
            assertThat(VaultImport.apply(receiver, preview, ConflictPolicy.SKIP))
                    .isEqualTo(new VaultImport.Result(2, 0, 0, 0, 0, 2));
            assertThat(receiver.document().entries)
                    .extracting(Entry::getName)
                    .containsExactly("me", "good-1", "good-2");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "history as text      | {\"format\":\"p1vault\",\"version\":1,\"entries\":[],\"history\":\"x\"}    | history",
                "createdAt an object  | {\"format\":\"p1vault\",\"version\":1,\"createdAt\":{},\"entries\":[]}    | createdAt",
                "entries as text      | {\"format\":\"p1vault\",\"version\":1,\"entries\":\"x\"}                    | entries",
                "an entry a number    | {\"format\":\"p1vault\",\"version\":1,\"entries\":[5]}                      | entries[0]",
                "a history record bad | {\"format\":\"p1vault\",\"version\":1,\"history\":[{\"at\":[1]}]}           | history[0].at",
            })
    void topLevelFieldsOfTheWrongTypeStillRefuseTheDocument(String name, String json, String where) {
        assertThatThrownBy(() -> VaultDocuments.parse(Path.of("v.age"), json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("does not hold a p1vault document")
                .hasMessageContaining(where)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void textAfterTheDocumentStillRefusesIt() {
        byte[] json = "{\"format\":\"p1vault\",\"version\":1,\"entries\":[]} []".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> VaultDocuments.parse(Path.of("v.age"), json))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("does not hold a p1vault document");
    }

    /** The entries are bound from their own bytes: their place in the file must not matter. */
    @Test
    void entriesBeforeTheOtherFieldsAndSpreadOverLinesAreReadAndABrokenOneKeptAsRead() throws Exception {
        String broken = "{ \"id\": \"6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\",\n  \"kind\": \"age-identity\",\n"
                + "  \"name\": \"b\", \"createdAt\": {\"at\": [1, \"x\"]}, \"later\": {\"k\": [true, null]} }";
        String json = "{\n\"entries\" : [\n  " + broken + " ,\n\n  {\"kind\":\"some-future-kind\",\"name\":\"f\"}\n],"
                + "\"history\":[],\"format\":\"p1vault\",\n\"version\":1}  \n";

        VaultDocuments.Loaded loaded = VaultDocuments.parse(Path.of("v.age"), json.getBytes(StandardCharsets.UTF_8));

        List<Entry> entries = loaded.document().entries;
        assertThat(entries).extracting(Entry::getName).containsExactly("b", "f");
        assertThat(entries).allSatisfy(e -> assertThat(e).isInstanceOf(UnknownEntry.class));
        assertThat(EntryRules.check(entries.get(0)))
                .extracting(Violation::field)
                .containsExactly("entries[0].createdAt");
        JsonNode written = VaultJson.mapper().valueToTree(entries.get(0));
        assertThat(written).isEqualTo(VaultJson.mapper().readTree(broken));
    }

    /** "version" may follow everything else: a newer version is still told as such. */
    @Test
    void aNewerVersionNamedAfterEntriesItCannotReadIsToldAsNewer() {
        byte[] json = "{\"format\":\"p1vault\",\"entries\":\"x\",\"version\":99}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> VaultDocuments.parse(Path.of("v.age"), json))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("newer p1vault (document version 99)")
                .extracting(e -> ((VaultException) e).reason())
                .isEqualTo(VaultException.Reason.READ_ONLY);
    }

    private static JsonNode readJson(Path file) throws Exception {
        try (var in = Age.decrypt(Files.newInputStream(file), List.of(new ScryptIdentity(PASS)))) {
            return VaultJson.mapper().readTree(in.readAllBytes());
        }
    }

    private static void writeJson(Path file, JsonNode doc) throws Exception {
        Files.delete(file);
        try (AgeOutputStream out =
                Envelope.create(List.of(new ScryptRecipient(PASS, 10))).encrypt(Files.newOutputStream(file), false)) {
            out.write(VaultJson.mapper().writeValueAsBytes(doc));
        }
    }
}
