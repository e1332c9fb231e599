package org.hearth.server.transport.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import java.util.List;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.json.CodecLimits;
import org.hearth.protocol.json.ProtocolCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pre-encoded broadcast frame is a valid WebSocket frame that any client decodes back. */
class FrameBytesTest {
    private final ProtocolCodec codec = new ProtocolCodec(CodecLimits.DEFAULTS);
    private final FrameBytes frames = new FrameBytes(codec, UnpooledByteBufAllocator.DEFAULT);

    @ParameterizedTest(name = "text of {0} characters")
    @ValueSource(ints = {1, 40, 125, 200, 65_000, 70_000}) // around the 7-bit, 16-bit and 64-bit length forms
    void aPreEncodedFrameDecodesAsTheSameMessageWhateverItsLength(int length) throws Exception {
        ServerMessage.Message message = new ServerMessage.Message(new RoomId("lounge"), 7, "abc", new Handle("ash"),
                "w".repeat(length), 1_700_000_000_000L, false);

        ByteBuf wire = frames.encodeToBuffer(message);
        EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
                .expectMaskedFrames(false).maxFramePayloadLength(1 << 20).build()));
        client.writeInbound(wire);
        TextWebSocketFrame frame = client.readInbound();

        assertThat(frame.isFinalFragment()).isTrue();
        assertThat(codec.decodeServer(frame.text())).isEqualTo(message);
        frame.release();
        assertThat(client.finishAndReleaseAll()).isFalse();
    }

    @Test
    void everyRecipientGetsTheSameBytesAndTheBufferIsFreedAfterTheLastOne() {
        EncodedFrame shared = (EncodedFrame) frames.encode(new ServerMessage.Left(new RoomId("lounge")));
        List<ByteBuf> writes = List.of(shared.forWrite(), shared.forWrite(), shared.forWrite());
        shared.release();

        assertThat(writes).allSatisfy(w -> assertThat(w).isEqualTo(writes.getFirst()));
        writes.forEach(ByteBuf::release);
        assertThat(writes.getFirst().refCnt()).isZero();
    }
}
