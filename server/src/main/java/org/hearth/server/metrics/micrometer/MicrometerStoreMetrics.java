package org.hearth.server.metrics.micrometer;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.hearth.server.metrics.StoreMetrics;

/**
 * The group commit's time and size.
 *
 * <p>Threading: thread-safe; called on the store's writer thread.
 */
final class MicrometerStoreMetrics implements StoreMetrics {
    private final Timer commit;
    private final DistributionSummary batch;

    MicrometerStoreMetrics(MeterRegistry registry) {
        this.commit = Timer.builder("hearth.store.commit")
                .description("time one group commit of messages took")
                .serviceLevelObjectives(Buckets.FAST).register(registry);
        this.batch = DistributionSummary.builder("hearth.store.commit.batch").baseUnit("messages")
                .description("messages written by one group commit")
                .serviceLevelObjectives(Buckets.BATCH).register(registry);
    }

    /** The group-commit timer, for the operators' live view. */
    Timer commitTimer() {
        return commit;
    }

    @Override
    public void committed(int messages, long nanos) {
        commit.record(nanos, TimeUnit.NANOSECONDS);
        batch.record(messages);
    }
}
