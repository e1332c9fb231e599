package org.hearth.server.transport.websocket;

import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.json.CodecLimits;
import org.hearth.protocol.json.ProtocolCodec;
import org.hearth.server.config.Limits;
import org.hearth.server.session.SharedFrame;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One broadcast to 1,000 members through the server's own delivery path: {@link FrameBytes}
 * encodes the frame once, each {@link WebSocketConnection} writes a retained duplicate at the
 * WebSocket encoder's context and marks itself dirty, and the lane's one flush pass flushes them
 * all. The channels are {@link EmbeddedChannel}s, so no socket is involved; the benchmark also
 * drains and releases what each channel "sent" (a small per-recipient cost of the harness, not of
 * the server).
 *
 * <p>In this package (a split package, on the class path only) to reach the package-private
 * connection class: white-box by design. Allocation per recipient = {@code gc.alloc.rate.norm / members}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FanOutBenchmark {
    @Param({"1000"})
    public int members;

    private EmbeddedChannel[] channels;
    private WebSocketConnection[] connections;
    private EmbeddedChannel laneChannel;
    private FrameBytes frames;
    private ServerMessage.Message message;

    @Setup(Level.Trial)
    public void setUp() {
        ProtocolCodec codec = new ProtocolCodec(CodecLimits.DEFAULTS);
        frames = new FrameBytes(codec, PooledByteBufAllocator.DEFAULT);
        Limits limits = new Limits(16384, 4000, 4, 30, 20, 20, 1000, 1 << 20, Duration.ofSeconds(10));
        laneChannel = new EmbeddedChannel();
        EventLoopLane lane = new EventLoopLane(laneChannel.eventLoop());
        channels = new EmbeddedChannel[members];
        connections = new WebSocketConnection[members];
        for (int i = 0; i < members; i++) {
            // The connection writes at the WebSocket encoder's context, as after a handshake.
            channels[i] = new EmbeddedChannel(new WebSocket13FrameEncoder(false));
            connections[i] = new WebSocketConnection(channels[i], lane, frames, limits,
                    org.hearth.server.metrics.TransportMetrics.NONE);
        }
        message = new ServerMessage.Message(new RoomId("lounge"), 1, "m-01JA8QCC2X5B8F1K4N7Q9R3T6Y",
                new Handle("QuietFern"), "lt:123456789:p: " + org.hearth.bench.CodecBenchmark.TEXT, 1760470925061L,
                false);
    }

    /** Encode once, write to every member, one flush pass. */
    @Benchmark
    public void broadcast() {
        SharedFrame frame = frames.encode(message);
        try {
            for (WebSocketConnection connection : connections) {
                connection.deliver(frame);
            }
        } finally {
            frame.release();
        }
        flushPass();
        drain();
    }

    /** The same writes and flushes with the frame encoded beforehand: the per-recipient part alone. */
    @Benchmark
    public void deliverOnly(Encoded encoded) {
        for (WebSocketConnection connection : connections) {
            connection.deliver(encoded.frame);
        }
        flushPass();
        drain();
    }

    /**
     * The lane's flush pass. Under load the lane schedules it up to
     * {@link EventLoopLane#MAX_FLUSH_DELAY_NANOS} ahead; the embedded loop's clock is moved on by
     * that much so that the pass is due now (the wait is latency, not CPU, and not measured here).
     */
    private void flushPass() {
        laneChannel.advanceTimeBy(EventLoopLane.MAX_FLUSH_DELAY_NANOS, TimeUnit.NANOSECONDS);
        laneChannel.runPendingTasks();
    }

    private void drain() {
        for (EmbeddedChannel channel : channels) {
            Object written;
            while ((written = channel.readOutbound()) != null) {
                ReferenceCountUtil.release(written);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        for (EmbeddedChannel channel : channels) {
            channel.finishAndReleaseAll();
        }
        laneChannel.finishAndReleaseAll();
    }

    /** A frame encoded once per trial. */
    @State(Scope.Thread)
    public static class Encoded {
        SharedFrame frame;

        @Setup(Level.Trial)
        public void encode(FanOutBenchmark benchmark) {
            frame = benchmark.frames.encode(benchmark.message);
        }

        @TearDown(Level.Trial)
        public void release() {
            frame.release();
        }
    }
}
