package io.p1vault.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.p1vault.model.VaultJson;
import io.p1vault.model.rules.VisibleText;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link EntryView} maps as JSON or as aligned "key: value" text. A {@code char[]} value
 * (a revealed secret) is written from the array itself, never through a String.
 */
final class Output {
    private Output() {}

    /** Pretty-printed JSON and a final line break; Jackson writes a char[] as a JSON string from the array. */
    static void json(PrintWriter out, Object value) throws IOException {
        VaultJson.mapper()
                .writerWithDefaultPrettyPrinter()
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, value);
        out.println();
        out.flush();
    }

    /** A revealed secret, character by character (never a String), a line break in it made visible. */
    private static void printOnOneLine(PrintWriter out, char[] chars) {
        StringBuilder escaped = new StringBuilder(6);
        for (char c : chars) {
            if (VisibleText.isInvisible(c)) {
                VisibleText.appendEscape(escaped, c);
                out.print(escaped);
                escaped.setLength(0);
            } else {
                out.print(c);
            }
        }
    }

    /** Aligned lines; null values are left out, nested maps and lists of maps are indented. */
    static void text(PrintWriter out, Map<String, ?> fields) {
        text(out, fields, "", "");
        out.flush();
    }

    private static void text(PrintWriter out, Map<String, ?> fields, String firstIndent, String indent) {
        int width = fields.entrySet().stream()
                        .filter(f -> f.getValue() != null)
                        .mapToInt(f -> f.getKey().length())
                        .max()
                        .orElse(0)
                + 2;
        String prefix = firstIndent;
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            Object value = field.getValue();
            if (value == null) {
                continue;
            }
            out.print(prefix);
            prefix = indent;
            String label = field.getKey() + ":";
            if (value instanceof Map<?, ?> nested) {
                out.println(label);
                text(out, cast(nested), indent + "  ", indent + "  ");
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
                out.println(label);
                for (Object item : list) {
                    text(out, cast((Map<?, ?>) item), indent + "  - ", indent + "    ");
                }
            } else {
                out.print(label + " ".repeat(width - label.length()));
                if (value instanceof char[] chars) {
                    printOnOneLine(out, chars);
                } else if (value instanceof List<?> list) {
                    out.print(
                            list.isEmpty()
                                    ? "(none)"
                                    : String.join(
                                            ", ",
                                            list.stream().map(Output::cell).toList()));
                } else {
                    out.print(cell(value));
                }
                out.println();
            }
        }
    }

    /** A value for a line of text output: on that line, every control character visible; null as empty. */
    static String cell(Object value) {
        return value == null ? "" : VisibleText.of(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> map) {
        return (Map<String, ?>) map;
    }
}
