package org.hearth.server.metrics.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hearth.server.metrics.RoomMetrics;

/**
 * One configured room's meters, all tagged {@code room}. The per-message ones (received,
 * broadcast, and the shared ack, fan-out and filter timers) are resolved here, once, so the
 * message path only increments striped adders. Meters labelled by filter or rule are built on
 * first use and then found in a lock-free map; filters and rules come from the code and the
 * configuration, so the labels stay bounded.
 *
 * <p>Threading: written by the room's thread, read by the scraper; every value is an atomic.
 */
final class MicrometerRoomMetrics implements RoomMetrics {
    private final MeterRegistry registry;
    private final String room;
    private final Clock clock;
    private final Timer ackLatency;
    private final Timer filterChain;
    private final Timer fanOutLatency;
    private final FilterTimers filterTimers;
    private final Counter received;
    private final Counter broadcast;
    private final Counter flags;
    private final Counter nudges;
    private final Timer decision;
    private final Map<String, Counter> held = new ConcurrentHashMap<>();
    private final Map<String, Counter> rejected = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Counter>> redacted = new ConcurrentHashMap<>(); // by filter, then rule
    private final Map<String, AtomicInteger> waiting = new ConcurrentHashMap<>();
    private final AtomicLong oldestHeldAt = new AtomicLong(-1);

    MicrometerRoomMetrics(MeterRegistry registry, String room, Clock clock, Timer ackLatency, Timer filterChain,
                          Timer fanOutLatency, FilterTimers filterTimers) {
        this.registry = registry;
        this.room = room;
        this.clock = clock;
        this.ackLatency = ackLatency;
        this.filterChain = filterChain;
        this.fanOutLatency = fanOutLatency;
        this.filterTimers = filterTimers;
        this.received = Counter.builder("hearth.messages.received").tag("room", room)
                .description("messages members sent to the room").register(registry);
        this.broadcast = Counter.builder("hearth.messages.broadcast").tag("room", room)
                .description("messages stored and broadcast to the room").register(registry);
        this.flags = Counter.builder("hearth.member.flags").tag("room", room)
                .description("posts members flagged to the moderators").register(registry);
        this.nudges = Counter.builder("hearth.disclosure.nudges").tag("room", room)
                .description("private nudges that a member's posts together could identify them").register(registry);
        this.decision = Timer.builder("hearth.hold.decision").tag("room", room)
                .description("time from a message being held to a moderator approving or declining it")
                .serviceLevelObjectives(Buckets.HUMAN).register(registry);
        Gauge.builder("hearth.hold.oldest.age", this, MicrometerRoomMetrics::oldestAgeSeconds).tag("room", room)
                .baseUnit("seconds").description("how long the oldest held message still waiting has waited (0: none waits)")
                .strongReference(true).register(registry);
    }

    private double oldestAgeSeconds() {
        long since = oldestHeldAt.get();
        return since < 0 ? 0 : Math.max(0, clock.millis() - since) / 1000.0;
    }

    @Override
    public void received() {
        received.increment();
    }

    @Override
    public void filtersTook(long nanos) {
        filterChain.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void filterTook(String filter, long nanos) {
        filterTimers.record(filter, nanos);
    }

    @Override
    public void broadcast() {
        broadcast.increment();
    }

    @Override
    public void held(String filter) {
        labelled(held, "hearth.messages.held", "filter", filter, "messages held for a moderator, by filter").increment();
    }

    @Override
    public void rejected(String filter) {
        labelled(rejected, "hearth.messages.rejected", "filter", filter, "messages refused for good, by filter").increment();
    }

    @Override
    public void redacted(String filter, String rule) {
        // Two maps deep rather than one keyed by "filter/rule": finding the counter builds no key.
        Map<String, Counter> byRule = redacted.get(filter);
        if (byRule == null) {
            byRule = redacted.computeIfAbsent(filter, f -> new ConcurrentHashMap<>());
        }
        String ruleKey = rule == null ? "none" : rule;
        Counter counter = byRule.get(ruleKey);
        if (counter == null) {
            counter = byRule.computeIfAbsent(ruleKey, r -> Counter.builder("hearth.messages.redacted")
                    .tags("room", room, "filter", filter, "rule", r)
                    .description("posted messages with text redacted, by filter and rule").register(registry));
        }
        counter.increment();
    }

    @Override
    public void acked(long nanosSinceReceipt) {
        ackLatency.record(nanosSinceReceipt, TimeUnit.NANOSECONDS);
    }

    @Override
    public void fannedOut(long nanosSinceReceipt) {
        fanOutLatency.record(nanosSinceReceipt, TimeUnit.NANOSECONDS);
    }

    @Override
    public void decided(long millisSinceHeld) {
        decision.record(Math.max(0, millisSinceHeld), TimeUnit.MILLISECONDS);
    }

    @Override
    public void waiting(String level, int count) {
        AtomicInteger value = waiting.get(level);
        if (value == null) {
            value = waiting.computeIfAbsent(level, l -> {
                AtomicInteger gauge = new AtomicInteger();
                Gauge.builder("hearth.hold.queue", gauge, AtomicInteger::get).tags("room", room, "level", l)
                        .baseUnit("messages").description("held messages waiting for a moderator, by triage level")
                        .strongReference(true).register(registry);
                return gauge;
            });
        }
        value.set(count);
    }

    @Override
    public void oldestHeldAt(long epochMillis) {
        oldestHeldAt.set(epochMillis);
    }

    @Override
    public void flagged() {
        flags.increment();
    }

    @Override
    public void disclosureNudged() {
        nudges.increment();
    }

    private Counter labelled(Map<String, Counter> counters, String name, String label, String value, String description) {
        String key = value == null ? "none" : value;
        Counter counter = counters.get(key);
        if (counter == null) {
            counter = counters.computeIfAbsent(key, v -> Counter.builder(name).tags("room", room, label, v)
                    .description(description).register(registry));
        }
        return counter;
    }
}
