package org.hearth.server.metrics.micrometer;

import java.time.Duration;

/**
 * Fixed histogram buckets, chosen for what each time means to an operator: a dozen buckets per
 * histogram rather than Micrometer's ~70 percentile buckets, so each one stays a few series.
 */
final class Buckets {
    private Buckets() {
    }

    /** Server-side latencies (ack, filter chain, commit): from a tenth of a millisecond to seconds. */
    static final Duration[] FAST = durations(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
            0.5, 1, 2.5);

    /** How long a held message waits for a moderator: seconds to hours. */
    static final Duration[] HUMAN = durations(5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21600);

    /** Messages per group commit. */
    static final double[] BATCH = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000};

    private static Duration[] durations(double... seconds) {
        Duration[] out = new Duration[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            out[i] = Duration.ofNanos(Math.round(seconds[i] * 1e9));
        }
        return out;
    }
}
