package io.p1vault.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * An entry this version does not change: shown by name, never edited, saved back as read. Either
 * of a kind written by a newer version (its other fields live in {@link #extra()}), or
 * {@linkplain #unreadable an entry that could not be read} because a field has the wrong type.
 */
public final class UnknownEntry extends Entry {
    private String unreadableField;
    private String unreadableReason;

    /**
     * Keeps an entry whose fields could not be bound, so the vault still opens and nothing is lost.
     * Its JSON is kept as read: the common fields are taken over only where writing them back gives
     * the same JSON, every other field stays in {@link #extra()} untouched.
     *
     * @param field where in the document the problem is, e.g. {@code entries[3].claims}
     * @param reason why, without the value
     */
    public static UnknownEntry unreadable(ObjectNode raw, String field, String reason) {
        UnknownEntry entry = new UnknownEntry();
        entry.unreadableField = field;
        entry.unreadableReason = reason;
        for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!entry.takeOver(f.getKey(), f.getValue())) {
                entry.putExtra(f.getKey(), f.getValue().deepCopy());
            }
        }
        return entry;
    }

    private boolean takeOver(String field, JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String text = value.textValue();
        switch (field) {
            case "kind" -> setKind(text);
            case "name" -> setName(text);
            case "notes" -> setNotes(text);
            case "id" -> {
                UUID id = exactly(text, UUID::fromString, UUID::toString);
                setId(id);
                return id != null;
            }
            case "createdAt" -> {
                Instant at = exactly(text, Instant::parse, Instant::toString);
                setCreatedAt(at);
                return at != null;
            }
            case "modifiedAt" -> {
                Instant at = exactly(text, Instant::parse, Instant::toString);
                setModifiedAt(at);
                return at != null;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The parsed value if writing it back gives the same text, else null. */
    private static <T> T exactly(String text, Function<String, T> parse, Function<T, String> print) {
        try {
            T value = parse.apply(text);
            return print.apply(value).equals(text) ? value : null;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    /** Whether this entry is kept as read because it could not be read (see {@link #unreadable}). */
    @JsonIgnore
    public boolean isUnreadable() {
        return unreadableReason != null;
    }

    /** Where the problem is (e.g. {@code entries[3].claims}), or null for an entry of a newer kind. */
    public String unreadableField() {
        return unreadableField;
    }

    /** Why the entry could not be read, never quoting a value; null for an entry of a newer kind. */
    public String unreadableReason() {
        return unreadableReason;
    }

    @Override
    public EntryKind knownKind() {
        return null;
    }

    @Override
    public Secret secret() {
        return null;
    }
}
