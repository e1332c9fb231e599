package org.hearth.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** The records a run produces; written as JSON and drawn in the HTML report. Times in milliseconds. */
public final class Results {
    private Results() {
    }

    /** Percentiles of one latency histogram (recorded in microseconds), in milliseconds. */
    public record Latency(long count, double p50, double p90, double p99, double p999, double max, double mean) {
        static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0, 0);

        public static Latency of(Histogram h) {
            if (h.getTotalCount() == 0) {
                return NONE;
            }
            return new Latency(h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                    ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()),
                    Math.round(h.getMean()) / 1000.0);
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }

    /** The percentile curve of a histogram: pairs of (percentile, milliseconds), for the distribution plot. */
    public static List<double[]> curve(Histogram h) {
        List<double[]> points = new ArrayList<>();
        if (h.getTotalCount() == 0) {
            return points;
        }
        double[] percentiles = {0, 10, 25, 50, 75, 90, 95, 97, 99, 99.5, 99.7, 99.9, 99.95, 99.97, 99.99, 99.995,
            99.999, 100};
        for (double p : percentiles) {
            long micros = p >= 100 ? h.getMaxValue() : h.getValueAtPercentile(p);
            points.add(new double[] {p, micros / 1000.0});
        }
        return points;
    }

    /** One step of a run (a rate in a ramp, or a phase such as "with slow readers"). */
    public record Step(String name, double offeredMessagesPerSecond, int members, double seconds,
                       long sent, long acked, long rejected, long held, long skipped,
                       long deliveries, double deliveriesPerSecond, long deliveredBytes,
                       Latency latency, Latency plainLatency, Latency moderatedLatency, Latency slowReaderLatency, Latency setup,
                       long lost, long duplicates, long outOfOrder, long redacted,
                       double serverCpuMicrosPerDelivery, double serverCpuPercent, long serverRssKiB,
                       double generatorCpuPercent, boolean passed, List<double[]> latencyCurve) {
    }

    /** One second of the run. */
    public record Sample(double t, double deliveriesPerSecond, double p99Ms, double serverCpuPercent,
                         double generatorCpuPercent, long serverRssKiB) {
    }

    /** Loss, duplicates and disorder over the tracked members, at a point in the run. */
    public record Audit(long lost, long duplicates, long outOfOrder, int membersChecked, int membersWithLoss) {
    }

    /** The whole run. */
    public record Run(String scenario, String startedAt, double seconds, String url, Long serverPid,
                      Map<String, String> machine, Map<String, Object> settings, List<Step> steps,
                      List<Sample> timeline, Audit audit, Map<String, Long> errors, Map<String, Long> closeCodes,
                      Map<String, Long> connectFailures, Map<String, Object> findings, List<String> problems,
                      List<String> notes, Latency overall, List<double[]> overallCurve) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }
}
