package io.p1vault.runproperties;

import io.p1vault.runproperties.PropertiesLine.Entry;
import io.p1vault.runproperties.PropertiesLine.Text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A properties file as a list of lines that keeps every byte, with edits that change only the
 * lines they must. Keys and values mean what {@code java.util.Properties.load(InputStream)}
 * makes of them (the file is ISO-8859-1); where a key occurs more than once, the last
 * occurrence is the one that counts, as in Properties.
 */
public final class PropertiesDocument {

    /** How {@link #set} placed a value. */
    public enum How {
        /** The key already had that value. */
        UNCHANGED,
        /** The value of the key's (last) line was replaced. */
        REPLACED,
        /** A commented-out default such as {@code #pf.x=} was turned into the setting. */
        UNCOMMENTED,
        /** A new line was added after related keys, or at the end. */
        INSERTED
    }

    /** Where {@link #set} put the value: {@code line} is 1-based in the edited document. */
    public record Placement(How how, int line) {}

    private static final int MIN_SHARED_SEGMENTS = 2;

    private final List<PropertiesLine> lines;

    private PropertiesDocument(List<PropertiesLine> lines) {
        this.lines = lines;
    }

    /**
     * @throws IllegalArgumentException for a malformed {@code \}{@code uXXXX} escape (Properties
     *                                  cannot load such a file either); the message names the line
     */
    public static PropertiesDocument parse(byte[] bytes) {
        return new PropertiesDocument(
                new ArrayList<>(PropertiesParser.parse(new String(bytes, StandardCharsets.ISO_8859_1))));
    }

    public PropertiesDocument copy() {
        return new PropertiesDocument(new ArrayList<>(lines));
    }

    public byte[] toBytes() {
        return text().getBytes(StandardCharsets.ISO_8859_1);
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.raw()));
        return text.toString();
    }

    /** The value Properties would return for {@code key}. */
    public Optional<String> get(String key) {
        int index = lastEntry(key);
        return index < 0 ? Optional.empty() : Optional.of(((Entry) lines.get(index)).value());
    }

    /** Every key with its effective value, as Properties loads them. */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (PropertiesLine line : lines) {
            if (line instanceof Entry entry) {
                map.put(entry.key(), entry.value());
            }
        }
        return map;
    }

    /** 1-based first lines of every entry for {@code key}, in file order. */
    public List<Integer> linesOf(String key) {
        List<Integer> result = new ArrayList<>();
        int lineNumber = 1;
        for (PropertiesLine line : lines) {
            if (line instanceof Entry entry && entry.key().equals(key)) {
                result.add(lineNumber);
            }
            lineNumber += physicalLines(line.raw());
        }
        return result;
    }

    /** 1-based numbers of lines holding bytes outside ASCII (which Properties reads as ISO-8859-1). */
    public List<Integer> nonAsciiLines() {
        List<Integer> result = new ArrayList<>();
        List<PropertiesParser.PhysicalLine> physical = PropertiesParser.split(text());
        for (int i = 0; i < physical.size(); i++) {
            if (physical.get(i).content().chars().anyMatch(c -> c > 0x7f)) {
                result.add(i + 1);
            }
        }
        return result;
    }

    /**
     * Sets {@code key} to {@code value}: in place on its last line, keeping that line's key
     * text and separator; else on its commented-out default; else on a new line after the
     * last line (active or commented) that shares the most leading dot-separated parts with
     * the key, at least two (a {@code pf.pingone.*} key goes after the last {@code pf.pingone.}
     * line); else at the end.
     */
    public Placement set(String key, String value) {
        int index = lastEntry(key);
        if (index >= 0) {
            Entry entry = (Entry) lines.get(index);
            if (entry.value().equals(value)) {
                return new Placement(How.UNCHANGED, lineNumberOf(index));
            }
            replace(index, entry.rawWithValue(value));
            return new Placement(How.REPLACED, lineNumberOf(index));
        }
        index = lastCommentedDefault(key);
        if (index >= 0) {
            Text comment = (Text) lines.get(index); // one physical line: content + terminator
            String terminator = comment.raw().substring(comment.content().length());
            String uncommented = CommentedDefault.uncomment(comment.content()) + terminator;
            Entry entry = (Entry) PropertiesParser.parse(uncommented).get(0);
            replace(index, entry.rawWithValue(value));
            return new Placement(How.UNCOMMENTED, lineNumberOf(index));
        }
        return new Placement(How.INSERTED, insert(key, value));
    }

    /** Removes every line of {@code key} (earlier ones would otherwise take effect); returns how many. */
    public int unset(String key) {
        int before = lines.size();
        lines.removeIf(line -> line instanceof Entry entry && entry.key().equals(key));
        return before - lines.size();
    }

    private int insert(String key, String value) {
        String ending = dominantLineEnding();
        String newLine = PropertiesEscapes.escapeKey(key) + dominantSeparator() + PropertiesEscapes.escapeValue(value);
        if (lines.isEmpty()) {
            lines.add(PropertiesParser.parse(newLine + ending).get(0));
            return 1;
        }
        int after = relatedLine(key);
        if (after < 0) {
            after = lines.size() - 1;
        }
        PropertiesLine previous = lines.get(after);
        String raw = previous.raw();
        boolean last = after == lines.size() - 1;
        String insertion;
        int terminator = terminatorLength(raw);
        if (terminator == 0) {
            // The file has no final newline: the new line becomes the unterminated last one.
            insertion = ending + (continuesPastEnd(previous) ? ending : "") + newLine;
        } else {
            // A blank line closes a continuation that only the end of the file closed. It repeats
            // the previous terminator: "\r" followed by "\n" would read as one "\r\n".
            String blank = last && continuesPastEnd(previous) ? raw.substring(raw.length() - terminator) : "";
            insertion = blank + newLine + ending;
            if (ending.equals("\r") && !last && lines.get(after + 1).raw().startsWith("\n")) {
                insertion += "\n"; // else the next (blank) line's "\n" would merge into our "\r"
            }
        }
        // Parsed together, so a continuation that the end of the file used to close stays closed.
        replace(after, raw + insertion);
        return lineNumberOf(after) + physicalLines(raw + insertion) - 1;
    }

    /** An entry whose last line ends in a continuation backslash that only the end of the file closed. */
    private static boolean continuesPastEnd(PropertiesLine line) {
        if (!(line instanceof Entry)) {
            return false;
        }
        String raw = line.raw();
        String content = raw.substring(0, raw.length() - terminatorLength(raw));
        int start = Math.max(content.lastIndexOf('\n'), content.lastIndexOf('\r')) + 1;
        int trailing = 0;
        while (content.length() - 1 - trailing >= start && content.charAt(content.length() - 1 - trailing) == '\\') {
            trailing++;
        }
        return trailing % 2 == 1;
    }

    /** Index of the last entry or commented default sharing the most key segments (at least two), or -1. */
    private int relatedLine(String key) {
        String[] segments = key.split("\\.", -1);
        int best = MIN_SHARED_SEGMENTS;
        int bestIndex = -1;
        for (int i = 0; i < lines.size(); i++) {
            Optional<String> other = keyOfLine(lines.get(i));
            if (other.isEmpty()) {
                continue;
            }
            int shared = sharedSegments(segments, other.get().split("\\.", -1));
            if (shared >= best) {
                best = shared;
                bestIndex = i;
            }
        }
        return bestIndex;
    }

    private static Optional<String> keyOfLine(PropertiesLine line) {
        if (line instanceof Entry entry) {
            return Optional.of(entry.key());
        }
        Text text = (Text) line;
        return text.comment() && physicalLines(text.raw()) == 1
                ? CommentedDefault.keyOf(text.content())
                : Optional.empty();
    }

    private static int sharedSegments(String[] a, String[] b) {
        int n = 0;
        while (n < a.length && n < b.length && a[n].equals(b[n])) {
            n++;
        }
        return n;
    }

    private int lastEntry(String key) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i) instanceof Entry entry && entry.key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private int lastCommentedDefault(String key) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i) instanceof Text text
                    && text.comment()
                    && physicalLines(text.raw()) == 1
                    && CommentedDefault.keyOf(text.content())
                            .filter(key::equals)
                            .isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces element {@code index} by the elements {@code raw} parses into. */
    private void replace(int index, String raw) {
        lines.remove(index);
        lines.addAll(index, PropertiesParser.parse(raw));
    }

    /** The most common line terminator; LF if the file has none. */
    private String dominantLineEnding() {
        Map<String, Integer> counts = new HashMap<>();
        for (PropertiesLine line : lines) {
            for (PropertiesParser.PhysicalLine physical : PropertiesParser.split(line.raw())) {
                if (!physical.terminator().isEmpty()) {
                    counts.merge(physical.terminator(), 1, Integer::sum);
                }
            }
        }
        return mostCommon(counts, "\n");
    }

    /** The most common separator among entries ("=" in PingFederate's own file). */
    private String dominantSeparator() {
        Map<String, Integer> counts = new HashMap<>();
        for (PropertiesLine line : lines) {
            if (line instanceof Entry entry
                    && entry.separator() != null
                    && !entry.separator().isEmpty()) {
                counts.merge(entry.separator(), 1, Integer::sum);
            }
        }
        return mostCommon(counts, "=");
    }

    private static String mostCommon(Map<String, Integer> counts, String fallback) {
        String best = fallback;
        int bestCount = counts.getOrDefault(fallback, 0);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private int lineNumberOf(int index) {
        int lineNumber = 1;
        for (int i = 0; i < index; i++) {
            lineNumber += physicalLines(lines.get(i).raw());
        }
        return lineNumber;
    }

    /** Physical lines in an element's text (the last one may lack a terminator). */
    private static int physicalLines(String raw) {
        return PropertiesParser.split(raw).size();
    }

    private static int terminatorLength(String raw) {
        if (raw.endsWith("\r\n")) {
            return 2;
        }
        return raw.endsWith("\n") || raw.endsWith("\r") ? 1 : 0;
    }
}
