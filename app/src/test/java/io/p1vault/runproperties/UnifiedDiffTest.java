package io.p1vault.runproperties;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedDiffTest {

    private static String diff(String before, String after) {
        return UnifiedDiff.of("a/f", "b/f", before, after);
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(diff("a\nb\n", "a\nb\n")).isEmpty();
        assertThat(diff("", "")).isEmpty();
    }

    @Test
    void changedLineWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        assertThat(diff(before, after)).isEqualTo("""
                --- a/f
                +++ b/f
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                """);
    }

    /** Expected output from GNU diffutils' {@code diff -u}. */
    @Test
    void distantChangesMakeSeparateHunksLikeGnuDiff() {
        String before = numbers(30);
        String after =
                before.replace("\n2\n", "\ntwo\n").replace("\n10\n", "\nten\n").replace("\n25\n", "\nx\n");

        assertThat(diff(before, after)).isEqualTo("""
                --- a/f
                +++ b/f
                @@ -1,5 +1,5 @@
                 1
                -2
                +two
                 3
                 4
                 5
                @@ -7,7 +7,7 @@
                 7
                 8
                 9
                -10
                +ten
                 11
                 12
                 13
                @@ -22,7 +22,7 @@
                 22
                 23
                 24
                -25
                +x
                 26
                 27
                 28
                """);
    }

    @Test
    void changesWhoseContextsTouchShareAHunkLikeGnuDiff() {
        String before = numbers(20);
        String after = before.replace("\n2\n", "\ntwo\n").replace("\n9\n", "\nnine\n");

        assertThat(diff(before, after))
                .startsWith("--- a/f\n+++ b/f\n@@ -1,12 +1,12 @@\n 1\n-2\n+two\n")
                .contains("\n 8\n-9\n+nine\n 10\n 11\n 12\n")
                .doesNotContain("\n 13\n");
    }

    private static String numbers(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append(i).append('\n');
        }
        return text.toString();
    }

    @Test
    void insertionAtTheTopAndRemovalAtTheEnd() {
        assertThat(diff("a\n", "new\na\n")).isEqualTo("--- a/f\n+++ b/f\n@@ -1 +1,2 @@\n+new\n a\n");
        assertThat(diff("a\nb\n", "a\n")).isEqualTo("--- a/f\n+++ b/f\n@@ -1,2 +1 @@\n a\n-b\n");
        assertThat(diff("", "x\n")).isEqualTo("--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n");
    }

    @Test
    void missingFinalNewlineIsMarked() {
        assertThat(diff("a\nb", "a\nb\nc")).isEqualTo("""
                --- a/f
                +++ b/f
                @@ -1,2 +1,3 @@
                 a
                -b
                \\ No newline at end of file
                +b
                +c
                \\ No newline at end of file
                """);
    }

    @Test
    void lineEndingsAreComparedButNotPrinted() {
        assertThat(diff("k=1\r\nx=2\r\n", "k=2\r\nx=2\r\n"))
                .isEqualTo("--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n-k=1\n+k=2\n x=2\n");
    }

    @Test
    void randomEditsProduceMinimalConsistentHunks() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            int removed = 0;
            int added = 0;
            for (int i = 0; i < random.nextInt(40); i++) {
                String line = "line" + random.nextInt(6) + "\n";
                int what = random.nextInt(10);
                if (what == 0) {
                    before.append(line);
                    removed++;
                } else if (what == 1) {
                    after.append(line);
                    added++;
                } else {
                    before.append(line);
                    after.append(line);
                }
            }
            String diff = diff(before.toString(), after.toString());
            long minus = diff.lines()
                    .filter(l -> l.startsWith("-") && !l.startsWith("---"))
                    .count();
            long plus = diff.lines()
                    .filter(l -> l.startsWith("+") && !l.startsWith("+++"))
                    .count();
            // shortest script: never more changes than the edits made
            assertThat(minus + plus).isLessThanOrEqualTo(removed + added);
            assertThat(applyPatch(before.toString(), diff)).isEqualTo(after.toString());
        }
    }

    /** Applies a diff of this class (context and minus lines in order) to check it is consistent. */
    private static String applyPatch(String before, String diff) {
        String[] old = before.isEmpty() ? new String[0] : before.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int next = 0; // next old line (0-based) not yet copied
        for (String line : diff.split("\n")) {
            if (line.startsWith("@@")) {
                String range = line.substring(4, line.indexOf(' ', 4));
                int start = Integer.parseInt(range.split(",")[0]);
                int count = range.contains(",") ? Integer.parseInt(range.split(",")[1]) : 1;
                int firstOld = count == 0 ? start : start - 1;
                while (next < firstOld) {
                    out.append(old[next++]).append('\n');
                }
            } else if (line.startsWith(" ")) {
                assertThat(old[next]).isEqualTo(line.substring(1));
                out.append(old[next++]).append('\n');
            } else if (line.startsWith("-") && !line.startsWith("---")) {
                assertThat(old[next]).isEqualTo(line.substring(1));
                next++;
            } else if (line.startsWith("+") && !line.startsWith("+++")) {
                out.append(line.substring(1)).append('\n');
            }
        }
        while (next < old.length - 1) {
            out.append(old[next++]).append('\n');
        }
        return out.toString();
    }
}
