package org.hearth.server.transport.websocket;

import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.DefaultEventLoop;
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
 * Broadcasts to 1,000 members through the server's own delivery path: {@link FrameBytes}
 * encodes each frame once, each {@link WebSocketConnection} copies it into its buffer for the pass
 * and marks itself dirty, and the lane's one flush pass writes and flushes them all. The channels are {@link EmbeddedChannel}s, so no socket is involved; the benchmark also
 * drains and releases what each channel "sent" (a small per-recipient cost of the harness, not of
 * the server).
 *
 * <p>In this package (a split package, on the class path only) to reach the package-private
 * connection class: white-box by design. Allocation per delivery = {@code gc.alloc.rate.norm / (members × messagesPerPass)}.
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

    /**
     * Broadcasts per flush pass: 1 at low rates; under load the lane's passes wait up to 8 ms and
     * each carries several (about 13 at 1,600 messages/s).
     */
    @Param({"1", "8"})
    public int messagesPerPass;

    private EmbeddedChannel[] channels;
    private WebSocketConnection[] connections;
    private EmbeddedChannel laneChannel;
    private FrameBytes frames;
    private ServerMessage.Message message;
    /**
     * Runs every operation: a Netty thread, as the server's event loops are. Netty's object
     * recycler and its allocator's per-thread caches serve only such threads, so the same work on
     * JMH's own thread allocates objects that the server reuses.
     */
    private DefaultEventLoop worker;
    /** A frame encoded once per trial, for {@link #deliverOnly}. */
    private SharedFrame encoded;
    private final Runnable broadcastPass = this::broadcastPass;
    private final Runnable deliverPass = this::deliverPass;

    @Setup(Level.Trial)
    public void setUp() {
        worker = new DefaultEventLoop();
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
            channels[i].config().setAllocator(PooledByteBufAllocator.DEFAULT); // as the server's channels
            connections[i] = new WebSocketConnection(channels[i], lane, frames, limits,
                    org.hearth.server.metrics.TransportMetrics.NONE);
        }
        message = new ServerMessage.Message(new RoomId("lounge"), 1, "m-01JA8QCC2X5B8F1K4N7Q9R3T6Y",
                new Handle("QuietFern"), "lt:123456789:p: " + org.hearth.bench.CodecBenchmark.TEXT, 1760470925061L,
                false);
        encoded = frames.encode(message);
    }

    /** Encode each message once, write it to every member; then one flush pass. */
    @Benchmark
    public void broadcast() throws Exception {
        worker.submit(broadcastPass).get();
    }

    /** The same writes and flushes with the frame encoded beforehand: the per-recipient part alone. */
    @Benchmark
    public void deliverOnly() throws Exception {
        worker.submit(deliverPass).get();
    }

    private void broadcastPass() {
        for (int m = 0; m < messagesPerPass; m++) {
            SharedFrame frame = frames.encode(message);
            try {
                for (WebSocketConnection connection : connections) {
                    connection.deliver(frame);
                }
            } finally {
                frame.release();
            }
        }
        flushPass();
        drain();
    }

    private void deliverPass() {
        for (int m = 0; m < messagesPerPass; m++) {
            for (WebSocketConnection connection : connections) {
                connection.deliver(encoded);
            }
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
        encoded.release();
        worker.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
