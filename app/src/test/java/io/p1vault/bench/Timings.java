package io.p1vault.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Collected run times of one measured operation, with the median and spread for reports. */
final class Timings {
    private static final int RESAMPLES = 2_000;

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

    /**
     * {@code ours} against {@code theirs} run in the same rounds (the i-th time of each from one
     * round): the median of the per-round ratios, and the range that holds 90 % of the medians of
     * 2,000 resamples of those rounds. A range that spans 1.00 means the run cannot tell the two
     * apart; comparing within rounds keeps a machine that slows down for a while from deciding it.
     */
    static String pairedRatio(String label, Timings ours, Timings theirs) {
        double[] interval = pairedInterval(ours, theirs);
        return String.format(
                Locale.ROOT,
                "  ratio %-40s %.2f (per round, 90 %% of resamples: %.2f-%.2f)",
                label,
                interval[1],
                interval[0],
                interval[2]);
    }

    /** The 5th percentile, the median and the 95th percentile of the paired ratio's median (see above). */
    static double[] pairedInterval(Timings ours, Timings theirs) {
        int n = ours.millis.size();
        if (n == 0 || n != theirs.millis.size()) {
            throw new IllegalArgumentException("paired timings need the same number of rounds");
        }
        double[] ratios = new double[n];
        for (int i = 0; i < n; i++) {
            ratios[i] = ours.millis.get(i) / theirs.millis.get(i);
        }
        // A fixed seed: the same timings always print the same range.
        Random random = new Random(17);
        double[] medians = new double[RESAMPLES];
        double[] sample = new double[n];
        for (int k = 0; k < RESAMPLES; k++) {
            for (int i = 0; i < n; i++) {
                sample[i] = ratios[random.nextInt(n)];
            }
            medians[k] = medianOf(sample);
        }
        Arrays.sort(medians);
        return new double[] {medians[RESAMPLES / 20], medianOf(ratios), medians[RESAMPLES - 1 - RESAMPLES / 20]};
    }

    private static double medianOf(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
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
