package org.hearth.server.metrics;

import java.util.Arrays;

/**
 * A latency histogram's counts since start, as Prometheus keeps them: for each bucket's upper
 * bound, how many times were at most that long ({@code le} buckets, cumulative), and how many
 * times there were in all (the unbounded last bucket included). Two readings taken apart give
 * the quantiles of what happened between them. Immutable: the arrays are copied in and never
 * handed out.
 *
 * @param upperBoundsSeconds each bucket's upper bound, ascending
 * @param atMost how many times were at most the bound of the same index (never decreasing)
 * @param count how many times there were in all
 */
public record LatencyCounts(double[] upperBoundsSeconds, long[] atMost, long count) {
    public static final LatencyCounts EMPTY = new LatencyCounts(new double[0], new long[0], 0);

    public LatencyCounts {
        if (upperBoundsSeconds.length != atMost.length) {
            throw new IllegalArgumentException("bounds and counts: " + upperBoundsSeconds.length + " and "
                    + atMost.length + " (expected: as many of each)");
        }
        upperBoundsSeconds = upperBoundsSeconds.clone();
        atMost = atMost.clone();
    }

    /**
     * The {@code q} quantile (0 &lt; q &lt; 1), in seconds, of the times recorded since {@code earlier}
     * was read, or null when there were none. Linear within the bucket that holds it, as
     * Prometheus' {@code histogram_quantile} is; a quantile past the last bound reads as that
     * bound, since the histogram knows no more.
     *
     * @param earlier an earlier reading of the same histogram ({@link #EMPTY}: since start)
     */
    public Double quantileSince(LatencyCounts earlier, double q) {
        long total = count - earlier.count;
        if (total <= 0 || upperBoundsSeconds.length == 0) {
            return null;
        }
        double rank = q * total;
        double lowerBound = 0;
        long below = 0;
        for (int i = 0; i < upperBoundsSeconds.length; i++) {
            long upToHere = atMost[i] - earlier.atMostAt(i);
            if (upToHere >= rank) {
                long inBucket = upToHere - below;
                double fraction = inBucket == 0 ? 1 : (rank - below) / inBucket;
                return lowerBound + (upperBoundsSeconds[i] - lowerBound) * fraction;
            }
            lowerBound = upperBoundsSeconds[i];
            below = upToHere;
        }
        return upperBoundsSeconds[upperBoundsSeconds.length - 1];
    }

    private long atMostAt(int index) {
        return index < atMost.length ? atMost[index] : 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LatencyCounts that && count == that.count
                && Arrays.equals(upperBoundsSeconds, that.upperBoundsSeconds) && Arrays.equals(atMost, that.atMost);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(upperBoundsSeconds) + Arrays.hashCode(atMost)) + Long.hashCode(count);
    }

    @Override
    public String toString() {
        return "LatencyCounts[bounds=" + Arrays.toString(upperBoundsSeconds) + ", atMost=" + Arrays.toString(atMost)
                + ", count=" + count + "]";
    }
}
