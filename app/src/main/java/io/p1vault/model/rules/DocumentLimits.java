package io.p1vault.model.rules;

/**
 * Bounds on a vault or export document as a whole, checked while it is read (so a hostile file
 * cannot make the reader allocate without bound or recurse deeply) and before an entry is added.
 * Far above what a real vault holds: a vault of 10,000 entries is about 30 MB of JSON.
 */
public final class DocumentLimits {
    /** Bytes of JSON. */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    public static final int MAX_ENTRIES = 10_000;
    /** Characters of any one JSON string; above every field rule, so an over-long field is refused by its entry's rules. */
    public static final int MAX_STRING = 1_000_000;
    /** Characters of a JSON key. */
    public static final int MAX_KEY = 1_000;
    /** Objects and arrays inside each other; the document's own structure needs 5. */
    public static final int MAX_DEPTH = 32;
    /** Digits of a JSON number. */
    public static final int MAX_NUMBER = 100;

    private DocumentLimits() {}
}
