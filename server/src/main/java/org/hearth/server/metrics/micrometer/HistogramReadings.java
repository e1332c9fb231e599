package org.hearth.server.metrics.micrometer;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import java.util.concurrent.TimeUnit;
import org.hearth.server.metrics.LatencyCounts;

/** A timer's fixed buckets read as {@link LatencyCounts}, for the operators' live view. Stateless. */
final class HistogramReadings {
    private HistogramReadings() {
    }

    /** The timer's bucket counts since start (cumulative, as Prometheus exposes them); any unbounded bucket left out. */
    static LatencyCounts of(Timer timer) {
        HistogramSnapshot snapshot = timer.takeSnapshot();
        CountAtBucket[] buckets = snapshot.histogramCounts();
        int bounded = 0;
        for (CountAtBucket bucket : buckets) {
            if (!Double.isInfinite(bucket.bucket())) {
                bounded++;
            }
        }
        double[] bounds = new double[bounded];
        long[] atMost = new long[bounded];
        int i = 0;
        for (CountAtBucket bucket : buckets) {
            if (!Double.isInfinite(bucket.bucket())) {
                bounds[i] = bucket.bucket(TimeUnit.SECONDS);
                atMost[i] = (long) bucket.count();
                i++;
            }
        }
        return new LatencyCounts(bounds, atMost, snapshot.count());
    }
}
