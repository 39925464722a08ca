package io.p1vault.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Collected run times of one measured operation, with the median and spread for reports. */
final class Timings {
    private final String name;
    private final List<Double> millis = new ArrayList<>();

    Timings(String name) {
        this.name = name;
    }

    void add(double ms) {
        millis.add(ms);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    String row() {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        // Sub-millisecond operations (key generation) need more than one decimal.
        String number = median() < 10 ? "%9.3f" : "%9.1f";
        return String.format(
                Locale.ROOT,
                "%-46s median " + number + " ms   min " + number + "   max " + number + "   (n=%d)",
                name,
                median(),
                sorted.get(0),
                sorted.get(sorted.size() - 1),
                sorted.size());
    }

    static String ratio(String label, Timings ours, Timings theirs) {
        return String.format(Locale.ROOT, "  ratio %-40s %.2f", label, ours.median() / theirs.median());
    }

    interface Action {
        void run() throws Exception;
    }

    static double time(Action action) throws Exception {
        long t0 = System.nanoTime();
        action.run();
        return (System.nanoTime() - t0) / 1e6;
    }
}
