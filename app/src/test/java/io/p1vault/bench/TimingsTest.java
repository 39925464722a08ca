package io.p1vault.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TimingsTest {
    @Test
    void aBuildTenPercentFasterInEveryRoundIsToldApartWhateverTheMachineDoes() {
        Timings ours = new Timings("ours");
        Timings theirs = new Timings("theirs");
        // The machine slows down and speeds up from round to round; within a round ours is 10 % faster.
        double[] machine = {800, 1200, 950, 700, 1500, 880, 1010, 760, 1320, 900, 990};
        for (double m : machine) {
            ours.add(0.9 * m);
            theirs.add(m);
        }

        double[] interval = Timings.pairedInterval(ours, theirs);

        assertThat(interval[1]).isCloseTo(0.9, within(1e-9));
        assertThat(interval[0]).isCloseTo(0.9, within(1e-9));
        assertThat(interval[2]).isCloseTo(0.9, within(1e-9));
        assertThat(Timings.pairedRatio("ours / theirs", ours, theirs))
                .contains("0.90 (per round")
                .contains("0.90-0.90");
    }

    @Test
    void noisyRoundsGiveARangeThatHoldsTheMedianAndSpansOne() {
        Timings ours = new Timings("ours");
        Timings theirs = new Timings("theirs");
        double[] oursMs = {900, 1010, 870, 980, 930, 1050, 890, 960, 1000, 910, 940, 990, 880};
        double[] theirsMs = {950, 940, 990, 900, 1000, 960, 930, 970, 910, 1020, 890, 950, 960};
        for (int i = 0; i < oursMs.length; i++) {
            ours.add(oursMs[i]);
            theirs.add(theirsMs[i]);
        }

        double[] interval = Timings.pairedInterval(ours, theirs);

        assertThat(interval[0]).isLessThan(interval[1]).isLessThan(1.0);
        assertThat(interval[2]).isGreaterThan(interval[1]).isGreaterThan(1.0);
    }

    @Test
    void timingsOfDifferentLengthsAreNotPaired() {
        Timings ours = new Timings("ours");
        Timings theirs = new Timings("theirs");
        ours.add(1);
        assertThatThrownBy(() -> Timings.pairedInterval(ours, theirs)).isInstanceOf(IllegalArgumentException.class);
    }
}
