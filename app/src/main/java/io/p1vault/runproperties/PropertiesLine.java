package io.p1vault.runproperties;

/**
 * One element of a properties file as {@link java.util.Properties} sees it: a blank line, a
 * comment, or an entry (one logical line, possibly continued over several physical lines).
 * {@link #raw()} is the exact text, line terminators included, decoded as ISO-8859-1 so that
 * every byte maps to one character and back.
 */
sealed interface PropertiesLine permits PropertiesLine.Text, PropertiesLine.Entry {

    String raw();

    /** A blank line or a comment; {@code content} is the last physical line without its terminator. */
    record Text(String raw, boolean comment, String content) implements PropertiesLine {}

    /**
     * A key and its value.
     *
     * @param key            the key as Properties reads it (escapes decoded)
     * @param value          the value as Properties reads it
     * @param valueOffset    where the value's text starts in {@code raw}: everything before is
     *                       the line's own key and separator style, kept when the value changes
     * @param needsSeparator true when the line is just a key, so a new value needs a separator
     * @param separator      the separator's text ({@code "="}, {@code " : "}, {@code " "}, …) if it
     *                       is on one line, else {@code null}
     * @param lineEnd        what follows a new value: the terminator, plus a blank line that
     *                       only served to end a continuation
     */
    record Entry(
            String raw,
            String key,
            String value,
            int valueOffset,
            boolean needsSeparator,
            String separator,
            String lineEnd)
            implements PropertiesLine {

        /** This line's text with another value, in the line's own style. */
        String rawWithValue(String newValue) {
            return raw.substring(0, valueOffset)
                    + (needsSeparator ? "=" : "")
                    + PropertiesEscapes.escapeValue(newValue)
                    + lineEnd;
        }
    }
}
