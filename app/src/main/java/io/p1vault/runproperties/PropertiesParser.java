package io.p1vault.runproperties;

import io.p1vault.runproperties.PropertiesLine.Entry;
import io.p1vault.runproperties.PropertiesLine.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits properties text into {@link PropertiesLine}s exactly as {@code java.util.Properties}
 * reads it (its {@code LineReader}, {@code load0} and {@code loadConvert}), keeping where each
 * part of an entry sits in the raw text.
 *
 * <p>Rules reproduced: {@code \n}, {@code \r} and {@code \r\n} end lines; whitespace is space,
 * tab and form feed; a line whose first non-whitespace character is {@code #} or {@code !}
 * is a comment and never continues; an odd number of trailing backslashes continues a line
 * onto the next one, whose leading whitespace is skipped; an empty line ends a continuation.
 */
final class PropertiesParser {

    /** A file line and the terminator that ended it ({@code ""} for the last one). */
    record PhysicalLine(String content, String terminator) {}

    private PropertiesParser() {}

    /**
     * @throws IllegalArgumentException for a malformed {@code \}{@code uXXXX} escape, which
     *                                  Properties refuses too; the message names the line
     */
    static List<PropertiesLine> parse(String text) {
        List<PhysicalLine> lines = split(text);
        List<PropertiesLine> result = new ArrayList<>();
        int index = 0;
        while (index < lines.size()) {
            index = parseElement(lines, index, result);
        }
        return result;
    }

    static List<PhysicalLine> split(String text) {
        List<PhysicalLine> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(new PhysicalLine(text.substring(start, i), text.substring(i, end)));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < text.length()) {
            lines.add(new PhysicalLine(text.substring(start), ""));
        }
        return lines;
    }

    /** Parses the element starting at physical line {@code start}; returns the next line's index. */
    private static int parseElement(List<PhysicalLine> lines, int start, List<PropertiesLine> out) {
        StringBuilder raw = new StringBuilder();
        StringBuilder logical = new StringBuilder();
        int[] rawIndex = new int[16]; // rawIndex[i] = position in raw of logical character i
        String previousTerminator = "";
        for (int i = start; i < lines.size(); i++) {
            PhysicalLine line = lines.get(i);
            int lineStart = raw.length();
            raw.append(line.content()).append(line.terminator());
            String content = line.content();
            int ws = leadingWhitespace(content);
            boolean empty = ws == content.length();
            if (logical.length() == 0) {
                if (empty) {
                    // A blank line; after lines that were only "\" it ends a logical line
                    // that never had content, which Properties skips as well.
                    out.add(new Text(raw.toString(), false, content));
                    return i + 1;
                }
                char first = content.charAt(ws);
                if (first == '#' || first == '!') {
                    out.add(new Text(raw.toString(), true, content));
                    return i + 1;
                }
            } else if (empty) {
                // An empty line ends a continued entry; keep it with the entry so nothing
                // can be inserted between the "\" and the line that ends it.
                out.add(entry(raw, logical, rawIndex, start, previousTerminator + content + line.terminator()));
                return i + 1;
            }
            int trailing = 0;
            while (trailing < content.length() - ws && content.charAt(content.length() - 1 - trailing) == '\\') {
                trailing++;
            }
            boolean continues = trailing % 2 == 1;
            int end = continues ? content.length() - 1 : content.length();
            for (int k = ws; k < end; k++) {
                if (logical.length() == rawIndex.length) {
                    rawIndex = Arrays.copyOf(rawIndex, rawIndex.length * 2);
                }
                rawIndex[logical.length()] = lineStart + k;
                logical.append(content.charAt(k));
            }
            boolean lastLine = i == lines.size() - 1;
            if (!continues) {
                out.add(entry(raw, logical, rawIndex, start, line.terminator()));
                return i + 1;
            }
            if (lastLine) {
                // Properties returns a continued line that hits the end of the file, even an
                // empty one (key ""), except after \r\n: it then looks one character further
                // (for the \n) before deciding, and finds nothing to return.
                if (logical.length() == 0 && line.terminator().equals("\r\n")) {
                    out.add(new Text(raw.toString(), false, content));
                } else {
                    out.add(entry(raw, logical, rawIndex, start, line.terminator()));
                }
                return i + 1;
            }
            previousTerminator = line.terminator();
        }
        throw new IllegalStateException("unreachable: the loop returns on the last line");
    }

    private static Entry entry(
            StringBuilder raw, StringBuilder logical, int[] rawIndex, int startLine, String lineEnd) {
        int limit = logical.length();
        int keyLen = 0;
        int valueStart = limit;
        boolean hasSeparator = false;
        boolean precedingBackslash = false;
        while (keyLen < limit) {
            char c = logical.charAt(keyLen);
            if ((c == '=' || c == ':') && !precedingBackslash) {
                valueStart = keyLen + 1;
                hasSeparator = true;
                break;
            } else if ((c == ' ' || c == '\t' || c == '\f') && !precedingBackslash) {
                valueStart = keyLen + 1;
                break;
            }
            precedingBackslash = c == '\\' && !precedingBackslash;
            keyLen++;
        }
        while (valueStart < limit) {
            char c = logical.charAt(valueStart);
            if (c != ' ' && c != '\t' && c != '\f') {
                if (!hasSeparator && (c == '=' || c == ':')) {
                    hasSeparator = true;
                } else {
                    break;
                }
            }
            valueStart++;
        }
        String key;
        String value;
        try {
            key = PropertiesEscapes.unescape(logical, 0, keyLen);
            value = PropertiesEscapes.unescape(logical, valueStart, limit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + (startLine + 1) + ": " + e.getMessage(), e);
        }
        String rawText = raw.toString();
        int keyEnd = keyLen == 0 ? 0 : rawIndex[keyLen - 1] + 1;
        int valueOffset;
        if (valueStart < limit) {
            valueOffset = rawIndex[valueStart];
        } else if (limit > 0) {
            valueOffset = rawIndex[limit - 1] + 1;
        } else {
            valueOffset = 0;
        }
        String separator = rawText.substring(keyEnd, Math.max(keyEnd, valueOffset));
        if (separator.indexOf('\n') >= 0 || separator.indexOf('\r') >= 0 || separator.indexOf('\\') >= 0) {
            separator = null;
        }
        return new Entry(rawText, key, value, valueOffset, keyLen == limit, separator, lineEnd);
    }

    /** Spaces, tabs and form feeds at the start: the whitespace Properties skips. */
    static int leadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }
}
