package org.hearth.server.transport.websocket;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameEncoder;
import io.netty.util.AttributeKey;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.CloseCode;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.config.Limits;
import org.hearth.server.metrics.TransportMetrics;
import org.hearth.server.session.Connection;
import org.hearth.server.session.SharedFrame;

/**
 * A WebSocket connection as the rooms see it. Collects frames for the lane's next flush pass
 * ({@link PassFrames}), which writes and flushes them. A reader that falls behind costs bounded memory: past the queued-bytes limit,
 * or unwritable for longer than the time limit, it is closed with {@link CloseCode#SLOW_CONSUMER}
 * and may resume.
 *
 * <p>Threading: all state is touched only on the channel's event loop ({@link #lane()}); {@link
 * #send} and {@link #close} from elsewhere hop there first.
 */
final class WebSocketConnection implements Connection {
    /** The connection of a channel whose handshake is done, for whoever holds only the channel. */
    static final AttributeKey<WebSocketConnection> OF_CHANNEL = AttributeKey.valueOf("hearth.connection");
    /** How long a closing connection waits for the client's close reply before dropping it. */
    private static final long CLOSE_TIMEOUT_MILLIS = 2_000;

    private final Channel channel;
    /**
     * Where pre-encoded frames enter the pipeline: just before the socket, past every handler.
     * NOTE: only whole, ready WebSocket frames may be written here; frame objects (close, ping)
     * go through {@code channel.write} so the WebSocket encoder sees them. Both end in the same
     * outbound buffer in call order, since all writes happen on the event loop.
     */
    private final ChannelHandlerContext rawFrames;
    private final EventLoopLane lane;
    private final FrameBytes frames;
    private final Limits limits;
    private final TransportMetrics metrics;
    boolean dirty; // owned by the lane's flush batching
    private final PassFrames waiting;
    private int unflushedFrames; // since the last flush; this loop's thread only
    private long unflushedBytes;
    private boolean closing;
    private long unwritableEpisode;

    WebSocketConnection(Channel channel, EventLoopLane lane, FrameBytes frames, Limits limits, TransportMetrics metrics) {
        this.metrics = metrics;
        this.channel = channel;
        this.rawFrames = channel.pipeline().context(WebSocketFrameEncoder.class);
        if (rawFrames == null) {
            throw new IllegalStateException("no WebSocket encoder in the pipeline: the handshake has not completed");
        }
        this.lane = lane;
        this.frames = frames;
        this.limits = limits;
        this.waiting = new PassFrames(channel.alloc(), this::write);
    }

    @Override
    public EventLoopLane lane() {
        return lane;
    }

    @Override
    public void send(ServerMessage message) {
        if (lane.inLane()) {
            sendNow(message);
        } else {
            lane.execute(() -> sendNow(message));
        }
    }

    private void sendNow(ServerMessage message) {
        if (closing || !channel.isActive()) {
            return;
        }
        EncodedFrame frame = frames.encode(message);
        try {
            add(frame);
        } finally {
            frame.release();
        }
    }

    @Override
    public void deliver(SharedFrame frame) {
        if (closing || !channel.isActive()) {
            return;
        }
        add((EncodedFrame) frame);
    }

    private void add(EncodedFrame frame) {
        waiting.add(frame);
        lane.markDirty(this);
    }

    private void write(ByteBuf frames, int count) {
        unflushedBytes += frames.readableBytes(); // read before the write, which may release the buffer
        unflushedFrames += count;
        rawFrames.write(frames, rawFrames.voidPromise()); // on a closed channel the write releases it
    }

    /**
     * Flushes, then looks at what the socket did not take. Right after a flush on this thread,
     * whatever is still pending is what the kernel refused because the client has not read it:
     * the measure of a slow reader. (Before the flush, pending bytes also count the server's own
     * unflushed backlog, which under overload would cut off readers who are keeping up.)
     */
    void flush() {
        waiting.endPass();
        rawFrames.flush(); // straight to the socket: no handler in the pipeline acts on a flush
        // Counted here, once per pass, rather than per frame: a broadcast writes to every member.
        metrics.framesOut(unflushedFrames, unflushedBytes);
        unflushedFrames = 0;
        unflushedBytes = 0;
        if (!closing && pendingBytes() > limits.slowConsumerBytes()) {
            closeNow(CloseCode.SLOW_CONSUMER);
        }
    }

    /** The channel became unwritable or writable again; a reader stuck too long is cut off. */
    void writabilityChanged() {
        if (channel.isWritable()) {
            unwritableEpisode++;
            return;
        }
        long episode = ++unwritableEpisode;
        channel.eventLoop().schedule(() -> {
            if (unwritableEpisode == episode && !channel.isWritable()) {
                closeNow(CloseCode.SLOW_CONSUMER);
            }
        }, limits.slowConsumerTime().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close(CloseCode code) {
        if (lane.inLane()) {
            closeNow(code);
        } else {
            lane.execute(() -> closeNow(code));
        }
    }

    private void closeNow(CloseCode code) {
        if (closing) {
            return;
        }
        closing = true;
        if (!channel.isActive()) {
            return;
        }
        metrics.closedWith(code.code());
        if (code == CloseCode.SLOW_CONSUMER) {
            metrics.slowConsumerDisconnected();
        }
        waiting.writeOut(); // what the member was due before the close still goes first
        channel.writeAndFlush(new CloseWebSocketFrame(code.code(), code.reason()));
        // A client that does not answer (or does not read at all) is dropped after a short wait.
        channel.eventLoop().schedule(() -> {
            channel.close();
        }, CLOSE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    private long pendingBytes() {
        ChannelOutboundBuffer buffer = channel.unsafe().outboundBuffer();
        return buffer == null ? 0 : buffer.totalPendingWriteBytes();
    }
}
