package io.p1vault.vault;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Entry;
import io.p1vault.model.SecretsMade;
import io.p1vault.model.VaultJson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a vault file's JSON, bound in the one streaming pass that reads the document.
 * Reading a tree of the whole document first and binding each entry from it made every value a
 * node before it became a field: for 10,000 entries tens of megabytes of short-lived objects, in
 * code that runs cold at a session's first unlock. An entry whose values do not fit its fields is
 * remembered by where its bytes are, to be kept exactly as read.
 */
final class FileEntries implements EntrySource {
    /** Values read from the middle of the document: what follows them is the document's. */
    private static final ObjectReader VALUE =
            VaultJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final ObjectReader ENTRY = VALUE.forType(Entry.class);

    /** The document's fields other than "entries" as a tree, and its entries. */
    record Scan(ObjectNode rest, FileEntries entries) {}

    /** One element of "entries": bound, or why not and where its bytes are; start -1 if not an object. */
    private record Element(Entry entry, Exception failure, int start, int end) {}

    private final byte[] json;
    private final List<Element> elements;

    private FileEntries(byte[] json, List<Element> elements) {
        this.json = json;
        this.elements = elements;
    }

    /**
     * Reads the document: every top-level field but "entries" as a tree, each entry bound.
     * {@link Scan#rest()} is {@code null} when the document is JSON but not an object;
     * {@link Scan#entries()} is {@code null} when it has no "entries" and has a negative size
     * when they are not a list. The secrets of an entry that fails to bind are wiped here (they are
     * in {@code secrets}, a scope open on this thread); the rest are the caller's to wipe if it refuses.
     *
     * @throws IOException when the bytes are not one JSON object within the limits
     */
    static Scan scan(byte[] json, SecretsMade secrets) throws IOException {
        ObjectNode rest = VaultJson.mapper().createObjectNode();
        FileEntries entries = null;
        try (JsonParser p = VaultJson.mapper().getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                // Not an object at the top: read it whole so that broken JSON is reported as such.
                VaultJson.mapper().readTree(json);
                return new Scan(null, null);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("entries")) {
                    entries =
                            value == JsonToken.START_ARRAY ? new FileEntries(json, elements(p, secrets)) : notAList(p);
                } else {
                    rest.set(field, VALUE.readTree(p));
                }
            }
            if (p.nextToken() != null) {
                throw MismatchedInputException.from(p, ObjectNode.class, "content after the document");
            }
        }
        return new Scan(rest, entries);
    }

    private static List<Element> elements(JsonParser p, SecretsMade secrets) throws IOException {
        List<Element> elements = new ArrayList<>();
        JsonStreamContext list = p.getParsingContext();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            int start = (int) p.currentTokenLocation().getByteOffset();
            Entry entry = null;
            Exception failure = null;
            if (t != JsonToken.START_OBJECT) {
                start = -1;
                p.skipChildren();
            } else {
                int secretsBefore = secrets.mark();
                try {
                    entry = ENTRY.readValue(p);
                } catch (DatabindException | IllegalArgumentException e) {
                    secrets.wipeFrom(secretsBefore);
                    IOException refused = DocumentProblems.refusedByTheReader(e);
                    if (refused != null) {
                        throw refused;
                    }
                    failure = e;
                    while (p.getParsingContext() != list) {
                        p.nextToken();
                    }
                }
            }
            elements.add(
                    new Element(entry, failure, start, (int) p.currentLocation().getByteOffset()));
        }
        return elements;
    }

    private static FileEntries notAList(JsonParser p) throws IOException {
        p.skipChildren();
        return new FileEntries(null, null);
    }

    @Override
    public int size() {
        return elements == null ? -1 : elements.size();
    }

    @Override
    public int firstNonObject() {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).start() < 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Entry entry(int index) throws IOException {
        Element element = elements.get(index);
        if (element.failure() instanceof IOException e) {
            throw e;
        }
        if (element.failure() instanceof IllegalArgumentException e) {
            throw e;
        }
        return element.entry();
    }

    @Override
    public ObjectNode asRead(int index) throws IOException {
        Element element = elements.get(index);
        return (ObjectNode) VaultJson.mapper().readTree(json, element.start(), element.end() - element.start());
    }
}
