package org.hearth.server.metrics.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One timer per filter name, shared by every room (a filter costs the same wherever it runs, and a
 * room label would multiply the series by the rooms). A timer is built the first time its filter
 * runs and then found in a lock-free map, so timing a message allocates nothing; filter names come
 * from the code and the configuration, so the label stays bounded.
 *
 * <p>Threading: thread-safe; recorded by every room's thread at once.
 */
final class FilterTimers {
    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    FilterTimers(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String filter, long nanos) {
        Timer timer = timers.get(filter);
        if (timer == null) {
            timer = timers.computeIfAbsent(filter, name -> Timer.builder("hearth.filter").tag("filter", name)
                    .description("time one filter took on one message")
                    .serviceLevelObjectives(Buckets.FAST).register(registry));
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }
}
