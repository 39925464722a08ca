package io.p1vault.model.rules;

/**
 * Text from outside p1vault made safe to show as it is: every control character (C0, DEL, C1),
 * Unicode format character (bidirectional overrides, zero-width characters) and line or paragraph
 * separator becomes a visible {@code \\uXXXX}, so no terminal interprets it and no value can
 * start a line of its own. The form is also a valid JSON string escape.
 */
public final class VisibleText {
    private VisibleText() {}

    /** Whether {@code c} would act on a terminal or a layout rather than show as a glyph. */
    public static boolean isInvisible(char c) {
        if (Character.isISOControl(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** {@code text} on one line with every invisible character escaped; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int first = firstInvisible(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                appendEscape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * As {@link #of(String)}, cut to {@code max} characters (with an ellipsis and the full length)
     * so a hostile 100,000-character value cannot fill a message.
     */
    public static String shortened(String text, int max) {
        if (text == null) {
            return null;
        }
        String cut = text.length() <= max ? text : text.substring(0, max);
        return of(cut) + (text.length() <= max ? "" : "… (" + text.length() + " characters)");
    }

    /** The index of the first invisible character, or -1. */
    public static int firstInvisible(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isInvisible(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Appends {@code \\uXXXX} for {@code c}. */
    public static void appendEscape(StringBuilder out, char c) {
        out.append("\\u")
                .append(Character.forDigit(c >> 12 & 0xF, 16))
                .append(Character.forDigit(c >> 8 & 0xF, 16))
                .append(Character.forDigit(c >> 4 & 0xF, 16))
                .append(Character.forDigit(c & 0xF, 16));
    }
}
