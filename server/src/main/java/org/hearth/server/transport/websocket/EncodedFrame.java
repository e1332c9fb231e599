package org.hearth.server.transport.websocket;

import io.netty.buffer.ByteBuf;
import org.hearth.server.session.SharedFrame;

/**
 * A whole WebSocket text frame (header and JSON payload) in one buffer, written as it is to every
 * recipient: each write takes a retained duplicate, which shares the bytes and costs no copy.
 */
final class EncodedFrame implements SharedFrame {
    private final ByteBuf bytes;

    EncodedFrame(ByteBuf bytes) {
        this.bytes = bytes;
    }

    /** A view of the bytes for one write; the write releases it. */
    ByteBuf forWrite() {
        return bytes.retainedDuplicate();
    }

    @Override
    public SharedFrame retain() {
        bytes.retain();
        return this;
    }

    @Override
    public void release() {
        bytes.release();
    }
}
