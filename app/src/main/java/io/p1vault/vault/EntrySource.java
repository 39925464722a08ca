package io.p1vault.vault;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Entry;

import java.io.IOException;

/** A document's "entries", as entries one at a time (possibly on several threads at once). */
interface EntrySource {
    /** How many elements the list holds; negative when "entries" is not a list. */
    int size();

    /** The index of the first element that is not an object, or -1 when all are. */
    int firstNonObject();

    /**
     * The element at {@code index} as an entry; it is an object (see {@link #firstNonObject()}).
     *
     * @throws IOException or {@link IllegalArgumentException} when its values do not fit an entry
     */
    Entry entry(int index) throws IOException;

    /** The element at {@code index} exactly as it is in the document, to keep when it cannot be bound. */
    ObjectNode asRead(int index) throws IOException;
}
