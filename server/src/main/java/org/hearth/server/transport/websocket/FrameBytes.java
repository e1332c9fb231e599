package org.hearth.server.transport.websocket;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.ByteBufUtil;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.json.ProtocolCodec;
import org.hearth.server.session.FrameEncoder;

/**
 * Encodes a server message straight into a complete, unmasked WebSocket text frame. The JSON is
 * written after room for the longest header, then the header is put just before it, so nothing
 * is copied. Such buffers pass the WebSocket encoder untouched (it only encodes frame objects).
 *
 * <p>NOTE: this bypasses per-message compression; the server must not enable permessage-deflate
 * while broadcasts are written this way.
 */
public final class FrameBytes implements FrameEncoder {
    private static final int MAX_HEADER = 10;
    private static final int TEXT_FRAME_FIN = 0x81;

    private final ProtocolCodec codec;
    private final ByteBufAllocator allocator;

    public FrameBytes(ProtocolCodec codec, ByteBufAllocator allocator) {
        this.codec = codec;
        this.allocator = allocator;
    }

    @Override
    public EncodedFrame encode(ServerMessage message) {
        ByteBuf buf = encodeToBuffer(message);
        return new EncodedFrame(buf, ByteBufUtil.getBytes(buf)); // the copy, once per frame
    }

    /** The frame in a buffer of its own, for a single recipient. */
    ByteBuf encodeToBuffer(ServerMessage message) {
        ByteBuf buf = allocator.directBuffer(256);
        try {
            buf.writerIndex(MAX_HEADER);
            codec.encode(message, new ByteBufOutputStream(buf));
            int payload = buf.writerIndex() - MAX_HEADER;
            int start;
            if (payload <= 125) {
                start = MAX_HEADER - 2;
                buf.setByte(start + 1, payload);
            } else if (payload <= 0xFFFF) {
                start = MAX_HEADER - 4;
                buf.setByte(start + 1, 126);
                buf.setShort(start + 2, payload);
            } else {
                start = 0;
                buf.setByte(start + 1, 127);
                buf.setLong(start + 2, payload);
            }
            buf.setByte(start, TEXT_FRAME_FIN);
            buf.readerIndex(start);
            return buf;
        } catch (RuntimeException e) {
            buf.release();
            throw e;
        }
    }
}
