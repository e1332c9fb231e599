package org.hearth.bench;

import io.netty.buffer.PooledByteBufAllocator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.json.CodecLimits;
import org.hearth.protocol.json.DecodeException;
import org.hearth.protocol.json.ProtocolCodec;
import org.hearth.server.session.SharedFrame;
import org.hearth.server.transport.websocket.FrameBytes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The codec at the server's edge: decoding one client {@code send} frame (done once per message
 * in), and encoding one broadcast {@code message} frame (done once per message out, whatever the
 * number of recipients). Run with {@code -prof gc} for bytes allocated per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {
    public static final String TEXT = "Made it through my first full week back at work. Small win, but I wanted to tell "
            + "people who get it \uD83C\uDF31";

    private final ProtocolCodec codec = new ProtocolCodec(CodecLimits.DEFAULTS);
    private final FrameBytes frames = new FrameBytes(codec, PooledByteBufAllocator.DEFAULT);
    private final byte[] sendFrame = ("{\"type\":\"send\",\"room\":\"evening-lounge\",\"clientMsgId\":\"c-7f3a9e-0001\","
            + "\"text\":\"" + TEXT + "\"}").getBytes(StandardCharsets.UTF_8);
    private final ServerMessage.Message message = new ServerMessage.Message(new RoomId("evening-lounge"), 43,
            "m-01JA8QCC2X5B8F1K4N7Q9R3T6Y", new Handle("QuietFern"), TEXT, 1760470925061L, false);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    /** One client send frame, bytes to record (strict decoding and validation included). */
    @Benchmark
    public ClientMessage decodeClientSend() throws DecodeException {
        return codec.decodeClient(sendFrame, 0, sendFrame.length);
    }

    /** One broadcast frame's JSON into a reused stream. */
    @Benchmark
    public int encodeBroadcastToStream() {
        out.reset();
        codec.encode(message, out);
        return out.size();
    }

    /** One broadcast frame's JSON as a new byte array. */
    @Benchmark
    public byte[] encodeBroadcastToArray() {
        return codec.encode(message);
    }

    /** What the server does once per broadcast: JSON plus WebSocket header into one pooled direct buffer. */
    @Benchmark
    public void encodeBroadcastFrameBytes() {
        SharedFrame frame = frames.encode(message);
        frame.release();
    }
}
