package org.hearth.server.metrics.micrometer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.function.IntSupplier;
import org.hearth.server.metrics.HearthMetrics;
import org.hearth.server.metrics.RoomMetrics;
import org.hearth.server.metrics.ServerReadings;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.metrics.TransportMetrics;

/**
 * Hearth's meters in a Prometheus registry, with the JVM and process binders. Meters shared by
 * every room (ack latency, filter-chain time) are built once here and handed to each room.
 *
 * <p>Threading: thread-safe; {@link #room} is called while the rooms are built, {@link #scrape}
 * from any thread.
 */
public final class MicrometerMetrics implements HearthMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Clock clock;
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Timer ackLatency;
    private final Timer filterChain;
    private final Timer fanOutLatency;
    private final FilterTimers filterTimers;
    private final MicrometerTransportMetrics transport;
    private final MicrometerStoreMetrics store;

    /** @param clock the server's clock, which held messages are stamped with (for their age) */
    public MicrometerMetrics(Clock clock) {
        this.clock = clock;
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
        this.ackLatency = Timer.builder("hearth.ack.latency")
                .description("time from a message's arrival to its author's ack (sent messages)")
                .serviceLevelObjectives(Buckets.FAST).register(registry);
        this.filterChain = Timer.builder("hearth.filter.chain")
                .description("time the room's filter chain took on one message")
                .serviceLevelObjectives(Buckets.FAST).register(registry);
        this.fanOutLatency = Timer.builder("hearth.fanout.latency")
                .description("time from a message's arrival to its broadcast being handed to every member's connection")
                .serviceLevelObjectives(Buckets.FAST).register(registry);
        this.filterTimers = new FilterTimers(registry);
        this.transport = new MicrometerTransportMetrics(registry);
        this.store = new MicrometerStoreMetrics(registry);
    }

    @Override
    public RoomMetrics room(String room) {
        return new MicrometerRoomMetrics(registry, room, clock, ackLatency, filterChain, fanOutLatency,
                filterTimers);
    }

    @Override
    public TransportMetrics transport() {
        return transport;
    }

    @Override
    public StoreMetrics store() {
        return store;
    }

    @Override
    public void watchRoomsWithoutModerator(IntSupplier count) {
        Gauge.builder("hearth.rooms.without.moderator", count, IntSupplier::getAsInt)
                .description("configured rooms with no moderator on duty now")
                .strongReference(true) // Micrometer holds a gauge's object weakly; nothing else holds this lambda
                .register(registry);
    }

    @Override
    public ServerReadings readings() {
        return new ServerReadings(transport.connectionsOpen(), transport.framesSent(), transport.slowConsumerDisconnects(),
                HistogramReadings.of(fanOutLatency), HistogramReadings.of(store.commitTimer()));
    }

    @Override
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
