package org.hearth.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Quantiles of what happened between two readings of a bucketed histogram, as Prometheus computes them. */
class LatencyCountsTest {
    private static final double[] BOUNDS = {0.001, 0.01, 0.1};

    private static LatencyCounts counts(long count, long... atMost) {
        return new LatencyCounts(BOUNDS, atMost, count);
    }

    @Test
    void theQuantileIsInterpolatedWithinTheBucketThatHoldsIt() {
        // 100 times: 50 at most 1 ms, 40 more at most 10 ms, 10 more at most 100 ms
        LatencyCounts now = counts(100, 50, 90, 100);

        assertThat(now.quantileSince(LatencyCounts.EMPTY, 0.5)).isCloseTo(0.001, within(1e-12));
        assertThat(now.quantileSince(LatencyCounts.EMPTY, 0.7)).isCloseTo(0.001 + 0.009 * 0.5, within(1e-12));
        assertThat(now.quantileSince(LatencyCounts.EMPTY, 0.99)).isCloseTo(0.01 + 0.09 * 0.9, within(1e-12));
    }

    @Test
    void onlyWhatHappenedSinceTheEarlierReadingCounts() {
        LatencyCounts earlier = counts(100, 100, 100, 100); // a hundred fast ones, long ago
        LatencyCounts now = counts(110, 100, 100, 110); // then ten slow ones

        assertThat(now.quantileSince(earlier, 0.99)).isCloseTo(0.01 + 0.09 * 0.99, within(1e-12));
        assertThat(now.quantileSince(LatencyCounts.EMPTY, 0.5)).isLessThanOrEqualTo(0.001);
    }

    @Test
    void nothingRecordedSinceHasNoQuantile() {
        LatencyCounts now = counts(5, 5, 5, 5);

        assertThat(now.quantileSince(now, 0.99)).isNull();
        assertThat(LatencyCounts.EMPTY.quantileSince(LatencyCounts.EMPTY, 0.99)).isNull();
    }

    @Test
    void aQuantilePastTheLastBoundReadsAsThatBound() {
        LatencyCounts now = counts(10, 0, 0, 1); // nine took longer than the last bound

        assertThat(now.quantileSince(LatencyCounts.EMPTY, 0.99)).isEqualTo(0.1);
    }

    @Test
    void boundsAndCountsMustPair() {
        assertThatThrownBy(() -> new LatencyCounts(BOUNDS, new long[2], 0))
                .hasMessageContaining("expected: as many of each");
    }
}
