package io.p1vault.runproperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random properties file made of items (blank lines, comments, commented-out defaults,
 * entries), each written in a random but valid style: separators, escapes, {@code \}{@code uXXXX},
 * continuation lines, raw ISO-8859-1 bytes, LF/CRLF/CR endings, an optional final newline.
 * Each item's key is what Properties reads from it alone.
 */
final class GeneratedFile {
    static final List<String> KEYS = List.of(
            "pf.a",
            "pf.a.b",
            "pf.pingone.x",
            "k1",
            "k2",
            "with space",
            "eq=key",
            "colon:key",
            "#hash",
            "!bang",
            "caf\u00e9",
            "\u65e5\u672c",
            "back\\slash",
            "t\tab");
    private static final String VALUE_CHARS = "abcXYZ019 .,/=:#!\\\t\u00e9\u00ff\u20ac\u65e5";
    private static final List<String> SEPARATORS = List.of("=", ":", " = ", " ", "\t", " :  ", "=  ", "  ", " =");
    private static final List<String> ENDINGS = List.of("\n", "\n", "\r\n", "\r");

    record Item(String raw, String key) {}

    final List<Item> items = new ArrayList<>();

    static GeneratedFile random(Random random) {
        GeneratedFile file = new GeneratedFile();
        int count = random.nextInt(25);
        String previousEnding = "";
        for (int i = 0; i < count; i++) {
            String ending = ENDINGS.get(random.nextInt(ENDINGS.size()));
            int kind = random.nextInt(10);
            String raw;
            if (kind == 0) {
                String ws = random.nextBoolean() ? "" : " \t".substring(0, 1 + random.nextInt(2));
                if (ws.isEmpty() && previousEnding.equals("\r") && ending.equals("\n")) {
                    ending = "\r\n"; // "\r" + "\n" would merge into one CRLF
                }
                raw = ws + ending;
            } else if (kind <= 2) {
                // comments are raw text: only characters ISO-8859-1 can hold
                raw = (random.nextBoolean() ? "#" : "!")
                        + randomText(random, 0, 12).replaceAll("[^\\x00-\\xff]", "?")
                        + (random.nextInt(4) == 0 ? "\\" : "")
                        + ending;
            } else if (kind == 3) {
                raw = "#" + (random.nextBoolean() ? " " : "") + escapeKey(pick(random, KEYS), random) + "="
                        + escapeValue(randomText(random, 0, 6), random) + ending;
            } else {
                raw = entry(random, ending);
            }
            previousEnding = ending;
            file.items.add(new Item(raw, keyOf(raw)));
        }
        if (!file.items.isEmpty() && random.nextInt(3) == 0) {
            Item last = file.items.remove(file.items.size() - 1);
            String raw = last.raw().replaceAll("(\r\n|\r|\n)$", "");
            if (!raw.endsWith("\\")) { // a "#...\" comment would change meaning without its ending
                file.items.add(new Item(raw, keyOf(raw)));
            } else {
                file.items.add(last);
            }
        }
        return file;
    }

    String text() {
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append(item.raw()));
        return text.toString();
    }

    private static String entry(Random random, String ending) {
        StringBuilder line = new StringBuilder();
        if (random.nextInt(4) == 0) {
            line.append(random.nextBoolean() ? "  " : "\t");
        }
        line.append(escapeKey(pick(random, KEYS), random));
        int form = random.nextInt(12);
        if (form == 0) {
            return line + ending; // key only
        }
        line.append(pick(random, SEPARATORS));
        List<String> units = valueUnits(randomText(random, 0, 10), random);
        for (int i = 0; i < units.size(); i++) {
            if (i > 0 && random.nextInt(6) == 0) {
                line.append('\\').append(pick(random, ENDINGS)).append(random.nextBoolean() ? "    " : "");
            }
            line.append(units.get(i));
        }
        return line + ending;
    }

    private static String escapeKey(String key, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : key.toCharArray()) {
            out.append(escapeChar(c, random, " =:#!\\".indexOf(c) >= 0));
        }
        return out.toString();
    }

    private static String escapeValue(String value, Random random) {
        return String.join("", valueUnits(value, random));
    }

    /** A value as escape units, so a continuation never splits an escape. */
    private static List<String> valueUnits(String value, Random random) {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean must = c == '\\' || (i == 0 && (c == ' ' || c == '\t' || c == '=' || c == ':'));
            units.add(escapeChar(c, random, must));
        }
        return units;
    }

    private static String escapeChar(char c, Random random, boolean mustEscape) {
        if (c > 0xff || random.nextInt(8) == 0) {
            return String.format("\\u%04" + (random.nextBoolean() ? "x" : "X"), (int) c);
        }
        if (c == '\t') {
            return random.nextBoolean() ? "\\t" : (mustEscape ? "\\t" : "\t");
        }
        if (mustEscape || (random.nextInt(10) == 0 && "tnrfu".indexOf(c) < 0)) {
            return "\\" + c;
        }
        return String.valueOf(c);
    }

    private static String randomText(Random random, int min, int max) {
        StringBuilder text = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            text.append(VALUE_CHARS.charAt(random.nextInt(VALUE_CHARS.length())));
        }
        return text.toString();
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String keyOf(String raw) {
        Map<String, String> alone = PropertiesOracle.load(raw);
        return alone.isEmpty() ? null : alone.keySet().iterator().next();
    }
}
