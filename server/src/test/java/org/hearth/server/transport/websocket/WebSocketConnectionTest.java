package org.hearth.server.transport.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.CloseCode;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.json.CodecLimits;
import org.hearth.protocol.json.ProtocolCodec;
import org.hearth.server.config.HearthConfig;
import org.hearth.server.metrics.TransportMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a member's socket receives from one connection's writes, in embedded channels. */
class WebSocketConnectionTest {
    private final ProtocolCodec codec = new ProtocolCodec(CodecLimits.DEFAULTS);
    private final FrameBytes frames = new FrameBytes(codec, UnpooledByteBufAllocator.DEFAULT);
    private final EmbeddedChannel laneChannel = new EmbeddedChannel();
    private final EventLoopLane lane = new EventLoopLane(laneChannel.eventLoop());
    private final List<EmbeddedChannel> channels = new ArrayList<>();

    @AfterEach
    void releaseEverything() {
        channels.forEach(EmbeddedChannel::finishAndReleaseAll);
        laneChannel.finishAndReleaseAll();
    }

    @Test
    void broadcastsAndAPrivateFrameOfOnePassArriveInCallOrder() throws Exception {
        EmbeddedChannel channel = memberChannel();
        WebSocketConnection connection = connectionOn(channel);
        ServerMessage first = message(1, "first");
        ServerMessage privately = new ServerMessage.Left(new RoomId("lounge"));
        ServerMessage second = message(2, "second");

        deliver(connection, first);
        connection.send(privately);
        deliver(connection, second);
        flushPass();

        assertThat(receivedBy(channel)).containsExactly(first, privately, second);
    }

    @Test
    void aPassLikeThePreviousOneIsWrittenAsOneBuffer() throws Exception {
        EmbeddedChannel channel = memberChannel();
        WebSocketConnection connection = connectionOn(channel);
        for (int seq = 1; seq <= 5; seq++) {
            deliver(connection, message(seq, "the first pass sizes the buffers of the next"));
        }
        flushPass();
        assertThat(receivedBy(channel)).hasSize(5);

        for (int seq = 6; seq <= 10; seq++) {
            deliver(connection, message(seq, "the first pass sizes the buffers of the next"));
        }
        flushPass();

        assertThat(channel.outboundMessages()).as("one write for the whole pass").hasSize(1);
        assertThat(receivedBy(channel)).extracting(m -> ((ServerMessage.Message) m).seq())
                .containsExactly(6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void everyMemberGetsTheSharedFrameWhetherItsPassCarriesOneFrameOrSeveral() throws Exception {
        EmbeddedChannel quiet = memberChannel();
        EmbeddedChannel busy = memberChannel();
        WebSocketConnection quietMember = connectionOn(quiet);
        WebSocketConnection busyMember = connectionOn(busy);
        ServerMessage earlier = message(1, "only the busy member gets this");
        ServerMessage shared = message(2, "to everyone");

        deliver(busyMember, earlier);
        EncodedFrame frame = frames.encode(shared);
        List.of(quietMember, busyMember).forEach(member -> member.deliver(frame));
        frame.release(); // the room lets go of its frame before the pass runs
        flushPass();

        assertThat(receivedBy(quiet)).containsExactly(shared);
        assertThat(receivedBy(busy)).containsExactly(earlier, shared);
    }

    @Test
    void aCloseGoesOutBehindWhatTheMemberWasAlreadyDue() throws Exception {
        EmbeddedChannel channel = memberChannel();
        WebSocketConnection connection = connectionOn(channel);
        ServerMessage due = message(1, "written before the close");

        deliver(connection, due);
        connection.close(CloseCode.GOING_AWAY);
        flushPass();

        List<Object> received = decodedFrames(channel);
        assertThat(received).hasSize(2);
        assertThat(received.get(0)).isEqualTo(due);
        assertThat(received.get(1)).isInstanceOfSatisfying(Integer.class,
                code -> assertThat(code).isEqualTo(CloseCode.GOING_AWAY.code()));
    }

    @Test
    void theFramesOfTheNextPassAreWrittenSeparatelyFromTheLastOnes() throws Exception {
        EmbeddedChannel channel = memberChannel();
        WebSocketConnection connection = connectionOn(channel);

        deliver(connection, message(1, "one"));
        flushPass();
        deliver(connection, message(2, "two"));
        flushPass();

        assertThat(channel.outboundMessages()).hasSize(2);
        assertThat(receivedBy(channel)).containsExactly(message(1, "one"), message(2, "two"));
    }

    private void deliver(WebSocketConnection connection, ServerMessage message) {
        EncodedFrame frame = frames.encode(message);
        connection.deliver(frame);
        frame.release();
    }

    private EmbeddedChannel memberChannel() {
        EmbeddedChannel channel = new EmbeddedChannel(new WebSocket13FrameEncoder(false));
        channels.add(channel);
        return channel;
    }

    private WebSocketConnection connectionOn(EmbeddedChannel channel) {
        return new WebSocketConnection(channel, lane, frames, HearthConfig.defaultsWith().limits(), TransportMetrics.NONE);
    }

    /** The lane's pass, due now: its clock is moved on by the longest a pass may wait. */
    private void flushPass() {
        laneChannel.advanceTimeBy(EventLoopLane.MAX_FLUSH_DELAY_NANOS, TimeUnit.NANOSECONDS);
        laneChannel.runPendingTasks();
    }

    private List<ServerMessage> receivedBy(EmbeddedChannel channel) throws Exception {
        List<ServerMessage> messages = new ArrayList<>();
        for (Object frame : decodedFrames(channel)) {
            messages.add((ServerMessage) frame);
        }
        return messages;
    }

    /** Every byte the member's socket got, decoded as a client would: messages, and close codes. */
    private List<Object> decodedFrames(EmbeddedChannel channel) throws Exception {
        EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
                .expectMaskedFrames(false).build()));
        ByteBuf written;
        while ((written = channel.readOutbound()) != null) {
            client.writeInbound(written);
        }
        List<Object> decoded = new ArrayList<>();
        WebSocketFrame frame;
        while ((frame = client.readInbound()) != null) {
            if (frame instanceof TextWebSocketFrame text) {
                decoded.add(codec.decodeServer(text.text()));
            } else if (frame instanceof CloseWebSocketFrame close) {
                decoded.add(close.statusCode());
            }
            frame.release();
        }
        client.finishAndReleaseAll();
        return decoded;
    }

    private static ServerMessage message(long seq, String text) {
        return new ServerMessage.Message(new RoomId("lounge"), seq, "m-" + seq, new Handle("ash"), text,
                1_700_000_000_000L, false);
    }
}
