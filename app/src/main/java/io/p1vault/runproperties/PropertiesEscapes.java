package io.p1vault.runproperties;

/**
 * The escape rules of {@link java.util.Properties}: {@link #unescape} is its {@code loadConvert};
 * the escape methods write text that loads back unchanged.
 *
 * <p>New text is pure ASCII (everything else as {@code \}{@code uXXXX}, like
 * {@code Properties.store(OutputStream)}): PingFederate reads the file as ISO-8859-1, and
 * ASCII survives whatever encoding an editor later assumes. Unlike {@code store}, values keep
 * {@code = : # !} unescaped except where the parser would misread them (at the start), so a
 * URL stays readable as {@code https://host:9999}.
 */
public final class PropertiesEscapes {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PropertiesEscapes() {}

    /** Decodes {@code \t \n \r \f \\uXXXX} and drops the backslash before any other character. */
    static String unescape(CharSequence in, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = in.charAt(i++);
            if (c != '\\' || i == to) {
                // A lone final backslash cannot reach here: the line reader removes it.
                out.append(c);
                continue;
            }
            c = in.charAt(i++);
            switch (c) {
                case 'u' -> {
                    if (i > to - 4) {
                        throw new IllegalArgumentException("malformed \\uXXXX escape");
                    }
                    int value = 0;
                    for (int k = 0; k < 4; k++) {
                        int digit = Character.digit(in.charAt(i++), 16);
                        if (digit < 0) {
                            throw new IllegalArgumentException("malformed \\uXXXX escape");
                        }
                        value = (value << 4) + digit;
                    }
                    out.append((char) value);
                }
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A key as written before a separator: spaces and all separator/comment characters escaped. */
    public static String escapeKey(String key) {
        StringBuilder out = new StringBuilder(key.length() + 8);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            switch (c) {
                case ' ', '=', ':', '#', '!', '\\' -> out.append('\\').append(c);
                default -> appendCommon(out, c);
            }
        }
        return out.toString();
    }

    /**
     * A value as written after a separator. Escaped: backslashes, control and non-ASCII
     * characters, a leading space (the parser skips whitespace after the separator) and a
     * leading {@code =} or {@code :} (after a whitespace separator it would become the separator).
     */
    public static String escapeValue(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || (i == 0 && (c == ' ' || c == '=' || c == ':'))) {
                out.append('\\').append(c);
            } else {
                appendCommon(out, c);
            }
        }
        return out.toString();
    }

    private static void appendCommon(StringBuilder out, char c) {
        switch (c) {
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\f' -> out.append("\\f");
            default -> {
                if (c < 0x20 || c > 0x7e) {
                    out.append("\\u")
                            .append(HEX[(c >> 12) & 0xF])
                            .append(HEX[(c >> 8) & 0xF])
                            .append(HEX[(c >> 4) & 0xF])
                            .append(HEX[c & 0xF]);
                } else {
                    out.append(c);
                }
            }
        }
    }
}
