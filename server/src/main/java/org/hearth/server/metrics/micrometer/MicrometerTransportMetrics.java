package org.hearth.server.metrics.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.hearth.server.metrics.TransportMetrics;

/**
 * The transport's meters. Frames in and out are the hottest: plain pre-built counters (striped
 * adders, no lock). Labelled counters (rejection reason, close code) are looked up in a small
 * map, built on first use; their labels are fixed words and protocol close codes, so bounded.
 *
 * <p>Threading: thread-safe and lock-free on the event loops.
 */
final class MicrometerTransportMetrics implements TransportMetrics {
    private final MeterRegistry registry;
    private final AtomicInteger open = new AtomicInteger();
    private final Counter upgrades;
    private final Counter framesIn;
    private final Counter framesOut;
    private final Counter bytesOut;
    private final Counter slowConsumers;
    private final Map<String, Counter> rejections = new ConcurrentHashMap<>();
    private final Map<Integer, Counter> closes = new ConcurrentHashMap<>();

    MicrometerTransportMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("hearth.connections.open", open, AtomicInteger::get)
                .description("WebSocket connections open now").strongReference(true).register(registry);
        this.upgrades = Counter.builder("hearth.websocket.upgrades")
                .description("WebSocket handshakes completed (rate: upgrades per second)").register(registry);
        this.framesIn = Counter.builder("hearth.frames.received").description("client frames decoded").register(registry);
        this.framesOut = Counter.builder("hearth.frames.sent").description("frames written to clients").register(registry);
        // No base unit: Micrometer would append it, and the series would read hearth_bytes_sent_bytes_total.
        this.bytesOut = Counter.builder("hearth.bytes.sent")
                .description("bytes of frames written to clients, header included").register(registry);
        this.slowConsumers = Counter.builder("hearth.slow.consumer.disconnects")
                .description("connections cut off because they did not read fast enough").register(registry);
    }

    @Override
    public void opened() {
        open.incrementAndGet();
        upgrades.increment();
    }

    @Override
    public void closedConnection() {
        open.decrementAndGet();
    }

    @Override
    public void handshakeRejected(String reason) {
        Counter counter = rejections.get(reason);
        if (counter == null) {
            counter = rejections.computeIfAbsent(reason, r -> Counter.builder("hearth.handshake.rejections")
                    .description("WebSocket upgrades refused, by reason").tag("reason", r).register(registry));
        }
        counter.increment();
    }

    @Override
    public void frameIn() {
        framesIn.increment();
    }

    @Override
    public void framesOut(int frames, long bytes) {
        framesOut.increment(frames);
        bytesOut.increment(bytes);
    }

    @Override
    public void closedWith(int closeCode) {
        Counter counter = closes.get(closeCode);
        if (counter == null) {
            counter = closes.computeIfAbsent(closeCode, code -> Counter.builder("hearth.websocket.closes")
                    .description("WebSocket closes the server began, by close code")
                    .tag("code", Integer.toString(code)).register(registry));
        }
        counter.increment();
    }

    @Override
    public void slowConsumerDisconnected() {
        slowConsumers.increment();
    }

    /** WebSocket connections open now. */
    int connectionsOpen() {
        return open.get();
    }

    /** Frames written to clients since start. */
    long framesSent() {
        return (long) framesOut.count();
    }

    /** Connections cut off for reading too slowly, since start. */
    long slowConsumerDisconnects() {
        return (long) slowConsumers.count();
    }

    @Override
    public void watchEventLoopBacklog(IntSupplier pending) {
        Gauge.builder("hearth.event.loop.pending.tasks", pending, IntSupplier::getAsInt)
                .description("tasks waiting on the worker event loops now, the rooms' included")
                .strongReference(true) // Micrometer holds a gauge's object weakly; nothing else may hold this one
                .register(registry);
    }
}
