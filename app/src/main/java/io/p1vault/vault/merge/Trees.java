package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.VaultJson;
import io.p1vault.vault.VaultDocuments;
import io.p1vault.vault.VaultException;

import java.nio.file.Path;

/** A document as the JSON tree it is written as, and back by the rules a vault file is read with. */
final class Trees {
    private static final Path MERGED = Path.of("The merged document");

    private Trees() {}

    static ObjectNode tree(VaultDocument document) {
        return VaultJson.tree(document);
    }

    /** Fresh objects: nothing is shared with the documents merged, so wiping one leaves the others whole. */
    static VaultDocument document(ObjectNode tree) {
        try {
            return VaultDocuments.parse(MERGED, tree).document();
        } catch (VaultException e) {
            // Only a merge past the document limits gets here (two sides each near the most entries).
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static void setOrRemove(ObjectNode node, String field, JsonNode value) {
        if (value == null) {
            node.remove(field);
        } else {
            node.set(field, value.deepCopy());
        }
    }
}
