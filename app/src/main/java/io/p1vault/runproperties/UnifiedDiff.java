package io.p1vault.runproperties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line diff in the standard unified format ({@code diff -u}, {@code patch}-compatible) with
 * three lines of context. Lines are compared with their endings, so a changed line ending
 * shows up; a last line without one is marked {@code \ No newline at end of file}.
 *
 * <p>Uses Myers' O((N+M)·D) algorithm: an edit of run.properties changes a few lines, so the
 * cost stays near linear in the file size.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private enum Op {
        EQUAL,
        DELETE,
        INSERT
    }

    private record Edit(Op op, int oldIndex, int newIndex) {}

    private UnifiedDiff() {}

    /**
     * @param oldLabel shown after {@code ---}, e.g. {@code a/run.properties}
     * @param newLabel shown after {@code +++}
     * @return the diff, or {@code ""} when the texts are equal
     */
    public static String of(String oldLabel, String newLabel, String oldText, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        List<Edit> script = script(a, b);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).op() == Op.EQUAL) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = hunkEnd(script, i);
            if (out.length() == 0) {
                out.append("--- ")
                        .append(oldLabel)
                        .append('\n')
                        .append("+++ ")
                        .append(newLabel)
                        .append('\n');
            }
            appendHunk(out, script.subList(start, end), a, b);
            i = end;
        }
        return out.toString();
    }

    /**
     * End (exclusive) of the hunk whose first change is at {@code first}. As in GNU diff, changes
     * separated by at most 2×context unchanged lines share a hunk (their contexts touch).
     */
    private static int hunkEnd(List<Edit> script, int first) {
        int lastChange = first;
        for (int j = first + 1; j < script.size() && j - lastChange - 1 <= 2 * CONTEXT; j++) {
            if (script.get(j).op() != Op.EQUAL) {
                lastChange = j;
            }
        }
        return Math.min(script.size(), lastChange + 1 + CONTEXT);
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk, List<String> a, List<String> b) {
        int oldCount = 0;
        int newCount = 0;
        for (Edit edit : hunk) {
            oldCount += edit.op() == Op.INSERT ? 0 : 1;
            newCount += edit.op() == Op.DELETE ? 0 : 1;
        }
        // Lines before the hunk: an empty range is numbered by the line it follows.
        int oldBefore = hunk.get(0).oldIndex();
        int newBefore = hunk.get(0).newIndex();
        out.append("@@ -")
                .append(range(oldBefore, oldCount))
                .append(" +")
                .append(range(newBefore, newCount))
                .append(" @@\n");
        for (Edit edit : hunk) {
            switch (edit.op()) {
                case EQUAL -> appendLine(out, ' ', a.get(edit.oldIndex()));
                case DELETE -> appendLine(out, '-', a.get(edit.oldIndex()));
                case INSERT -> appendLine(out, '+', b.get(edit.newIndex()));
            }
        }
    }

    private static String range(int before, int count) {
        int start = count == 0 ? before : before + 1;
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }

    private static void appendLine(StringBuilder out, char prefix, String line) {
        String content = line.replaceFirst("(\r\n|\r|\n)$", "");
        out.append(prefix).append(content).append('\n');
        if (content.length() == line.length()) {
            out.append("\\ No newline at end of file\n");
        }
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (PropertiesParser.PhysicalLine line : PropertiesParser.split(text)) {
            lines.add(line.content() + line.terminator());
        }
        return lines;
    }

    /**
     * The shortest edit script from {@code a} to {@code b} (E. Myers, "An O(ND) difference
     * algorithm and its variations", 1986). Each edit carries the positions in both lists
     * where it applies, so hunks can be numbered.
     */
    private static List<Edit> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        search:
        for (int d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    break search;
                }
            }
        }
        List<Edit> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] before = trace.get(d);
            int k = x - y;
            int previousK = k == -d || (k != d && before[offset + k - 1] < before[offset + k + 1]) ? k + 1 : k - 1;
            int previousX = before[offset + previousK];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                x--;
                y--;
                reversed.add(new Edit(Op.EQUAL, x, y));
            }
            if (d > 0) {
                if (x == previousX) {
                    y--;
                    reversed.add(new Edit(Op.INSERT, x, y));
                } else {
                    x--;
                    reversed.add(new Edit(Op.DELETE, x, y));
                }
            }
        }
        Collections.reverse(reversed);
        return reversed;
    }
}
