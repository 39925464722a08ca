package io.p1vault.model.rules;

/** One rule an entry breaks: the field (as the document names it) and why, never the value itself. */
public record Violation(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
