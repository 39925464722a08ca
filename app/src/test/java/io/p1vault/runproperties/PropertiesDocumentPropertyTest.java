package io.p1vault.runproperties;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random files, random edits: Properties must load exactly the expected map, and every item
 * the edits did not concern must still be there, byte for byte and in order.
 */
class PropertiesDocumentPropertyTest {
    private static final int FILES = 3_000;
    private static final List<String> NEW_KEYS = List.of("pf.pingone.new", "pf.a.new", "fresh", "sp ace", "#new");

    @Test
    void randomEditsOnRandomFiles() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int n = 0; n < FILES; n++) {
            GeneratedFile file = GeneratedFile.random(random);
            String original = file.text();
            String context = "seed " + seed + ", file " + n + ":\n" + visible(original);
            byte[] bytes = original.getBytes(StandardCharsets.ISO_8859_1);
            Map<String, String> expected = new HashMap<>(PropertiesOracle.load(bytes));

            PropertiesDocument document = PropertiesDocument.parse(bytes);
            assertThat(document.toBytes()).as(context).isEqualTo(bytes);
            assertThat(document.toMap()).as(context).isEqualTo(expected);

            Set<String> touched = new HashSet<>();
            StringBuilder edits = new StringBuilder();
            int editCount = 1 + random.nextInt(4);
            for (int e = 0; e < editCount; e++) {
                String key = random.nextInt(3) == 0
                        ? GeneratedFile.pick(random, NEW_KEYS)
                        : GeneratedFile.pick(random, GeneratedFile.KEYS);
                touched.add(key);
                if (random.nextInt(4) == 0) {
                    document.unset(key);
                    expected.remove(key);
                    edits.append("unset ").append(key).append('\n');
                } else {
                    String value = randomValue(random);
                    document.set(key, value);
                    expected.put(key, value);
                    edits.append("set ").append(key).append('=').append(value).append('\n');
                }
            }
            String edited = new String(document.toBytes(), StandardCharsets.ISO_8859_1);
            String fullContext = context + "\nedits:\n" + visible(edits.toString()) + "result:\n" + visible(edited);

            assertThat(PropertiesOracle.load(edited)).as(fullContext).isEqualTo(expected);
            assertThat(PropertiesDocument.parse(document.toBytes()).toMap())
                    .as(fullContext)
                    .isEqualTo(expected);
            assertUntouchedItemsKept(file, touched, edited, fullContext);
        }
    }

    private static String randomValue(Random random) {
        String chars = "xyz 0=:#!\\\t\u00e9\u20ac";
        StringBuilder value = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            value.append(chars.charAt(random.nextInt(chars.length())));
        }
        return value.toString();
    }

    /**
     * The edited text must split into: each item not concerning a touched key, verbatim (byte
     * for byte) and in order, and between them only lines of touched items or new lines setting
     * touched keys. Matching is on bytes with backtracking, not on lines: after a line ending
     * in "\r", a blank "\n" line reads as part of "\r\n" once the line between them is removed,
     * while every byte is unchanged.
     */
    private static void assertUntouchedItemsKept(
            GeneratedFile file, Set<String> touched, String edited, String context) {
        Set<String> allowedGapLines = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (GeneratedFile.Item item : file.items) {
            boolean concerned = item.key() != null && touched.contains(item.key())
                    || item.key() == null && touched.stream().anyMatch(k -> commentedDefaultOf(item.raw(), k));
            if (concerned) {
                // compared without endings: an unterminated last line gains one when a line follows
                physicalLines(item.raw()).forEach(line -> allowedGapLines.add(withoutEnding(line)));
            } else {
                kept.add(item.raw());
            }
        }
        Matcher matcher = new Matcher(edited, kept, touched, allowedGapLines, new HashSet<>());
        assertThat(matcher.matches(0, 0))
                .as(context + "\nuntouched items not kept verbatim and in order")
                .isTrue();
    }

    private record Matcher(
            String edited, List<String> kept, Set<String> touched, Set<String> allowed, Set<Long> failed) {

        boolean matches(int item, int cursor) {
            long state = ((long) item << 32) | cursor;
            if (failed.contains(state)) {
                return false;
            }
            if (item == kept.size() && cursor == edited.length()) {
                return true;
            }
            if (item < kept.size() && edited.startsWith(kept.get(item), cursor)) {
                int after = cursor + kept.get(item).length();
                if (matches(item + 1, after)) {
                    return true;
                }
                if (withoutEnding(kept.get(item)).equals(kept.get(item))) {
                    // the unterminated last line may have gained an ending
                    for (String ending : List.of("\r\n", "\n", "\r")) {
                        if (edited.startsWith(ending, after) && matches(item + 1, after + ending.length())) {
                            return true;
                        }
                    }
                }
            }
            int end = nextLineEnd(edited, cursor);
            if (end > cursor && gapLine(edited.substring(cursor, end)) && matches(item, end)) {
                return true;
            }
            if (end - 2 >= cursor
                    && edited.startsWith("\r\n", end - 2)
                    && end - 1 > cursor
                    && gapLine(edited.substring(cursor, end - 1))
                    && matches(item, end - 1)) {
                return true;
            }
            failed.add(state);
            return false;
        }

        private boolean gapLine(String line) {
            if (allowed.contains(withoutEnding(line))) {
                return true;
            }
            Map<String, String> alone = PropertiesOracle.load(line);
            return alone.size() == 1
                    && touched.contains(alone.keySet().iterator().next());
        }
    }

    private static int nextLineEnd(String text, int from) {
        List<PropertiesParser.PhysicalLine> rest = PropertiesParser.split(text.substring(from));
        if (rest.isEmpty()) {
            return from;
        }
        return from + rest.get(0).content().length() + rest.get(0).terminator().length();
    }

    private static boolean commentedDefaultOf(String raw, String key) {
        return CommentedDefault.keyOf(withoutEnding(raw)).filter(key::equals).isPresent();
    }

    private static String withoutEnding(String line) {
        return line.replaceAll("(\r\n|\r|\n)$", "");
    }

    private static List<String> physicalLines(String text) {
        List<String> lines = new ArrayList<>();
        for (PropertiesParser.PhysicalLine line : PropertiesParser.split(text)) {
            lines.add(line.content() + line.terminator());
        }
        return lines;
    }

    private static String visible(String text) {
        return text.replace("\r", "\\r").replace("\t", "\\t").replace("\n", "\\n\n");
    }
}
