package io.p1vault.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Entry;
import io.p1vault.model.VaultJson;

import java.io.IOException;

/** The entries of a document built as a tree (a merge's result). */
final class TreeEntries implements EntrySource {
    private final JsonNode entries;

    TreeEntries(JsonNode entries) {
        this.entries = entries;
    }

    @Override
    public int size() {
        return entries instanceof ArrayNode ? entries.size() : -1;
    }

    @Override
    public int firstNonObject() {
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof ObjectNode)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Entry entry(int index) throws IOException {
        return VaultJson.mapper().treeToValue(entries.get(index), Entry.class);
    }

    @Override
    public ObjectNode asRead(int index) {
        return (ObjectNode) entries.get(index);
    }
}
