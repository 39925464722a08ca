package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.VaultJson;
import io.p1vault.vault.VaultDocuments;
import io.p1vault.vault.VaultException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Documents for merge tests, written as JSON trees and read as a vault file is. */
final class MergeDocs {
    static final String A = "00000000-0000-4000-8000-00000000000a";
    static final String B = "00000000-0000-4000-8000-00000000000b";
    static final String C = "00000000-0000-4000-8000-00000000000c";

    private MergeDocs() {}

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) VaultJson.mapper().readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document with client-credentials entries A, B and C. */
    static ObjectNode base() {
        ObjectNode doc = json("{'format':'p1vault','version':1,'createdAt':'2026-01-01T00:00:00Z',"
                + "'modifiedAt':'2026-01-01T00:00:00Z','entries':[],"
                + "'history':[{'at':'2026-01-01T00:00:00Z','action':'create'}]}");
        for (String id : new String[] {A, B, C}) {
            doc.withArray("entries").add(entry(id, "entry " + id.charAt(id.length() - 1)));
        }
        return doc;
    }

    static ObjectNode entry(String id, String name) {
        return json("{'id':'" + id + "','kind':'client-credentials','name':'" + name + "',"
                + "'createdAt':'2026-01-01T00:00:00Z','modifiedAt':'2026-01-01T00:00:00Z','clientId':'client-" + name
                + "','clientSecret':'secret of " + name + "','tokenUrl':'https://login.example.com/oauth/token'}");
    }

    static VaultDocument doc(JsonNode tree) {
        try {
            return VaultDocuments.parse(Path.of("test"), tree).document();
        } catch (VaultException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode tree(VaultDocument doc) {
        return VaultJson.mapper().valueToTree(doc);
    }

    static ObjectNode entryOf(JsonNode doc, String id) {
        for (JsonNode e : doc.get("entries")) {
            if (e.path("id").asText().equals(id)) {
                return (ObjectNode) e;
            }
        }
        return null;
    }

    static void remove(ObjectNode doc, String id) {
        ArrayNode entries = (ArrayNode) doc.get("entries");
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).path("id").asText().equals(id)) {
                entries.remove(i);
                return;
            }
        }
    }

    static MergeOutcome merge(JsonNode base, JsonNode mine, JsonNode theirs) {
        return DocumentMerge.merge(doc(base), doc(mine), doc(theirs));
    }
}
