package org.hearth.server.transport.websocket;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.util.List;
import org.hearth.protocol.CloseCode;
import org.hearth.protocol.json.DecodeException;
import org.hearth.protocol.json.ProtocolCodec;

/**
 * Turns each text frame into a protocol record, once. A frame that breaks the protocol becomes
 * the {@code error} frame to send back (passed on for the session handler to send), so nothing
 * past here sees bytes and a bad frame affects nobody else. Binary frames close the connection
 * with 1003, as RFC 6455 asks for data a peer cannot accept.
 */
final class ClientFrameDecoder extends MessageToMessageDecoder<WebSocketFrame> {
    private final ProtocolCodec codec;

    ClientFrameDecoder(ProtocolCodec codec) {
        this.codec = codec;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, WebSocketFrame frame, List<Object> out) {
        if (frame instanceof TextWebSocketFrame text) {
            ByteBuf content = text.content();
            try {
                if (content.hasArray()) {
                    out.add(codec.decodeClient(content.array(), content.arrayOffset() + content.readerIndex(),
                            content.readableBytes()));
                } else {
                    byte[] bytes = ByteBufUtil.getBytes(content);
                    out.add(codec.decodeClient(bytes, 0, bytes.length));
                }
            } catch (DecodeException e) {
                out.add(e.toErrorFrame());
            }
        } else if (frame instanceof BinaryWebSocketFrame) {
            // Closed by the connection, behind the frames it still owes the member.
            out.add(CloseCode.UNSUPPORTED_DATA);
        }
        // Continuation frames never get here: the aggregator before this handler joins them.
    }
}
