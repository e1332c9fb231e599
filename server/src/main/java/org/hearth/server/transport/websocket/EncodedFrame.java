package org.hearth.server.transport.websocket;

import io.netty.buffer.ByteBuf;
import org.hearth.server.session.SharedFrame;

/**
 * A whole WebSocket text frame (header and JSON payload), held twice: in a direct buffer, which
 * a recipient whose flush pass carries only this frame is given a retained view of (no copy), and
 * as an array, which recipients whose pass carries several frames copy from into one buffer (see
 * {@link PassFrames}). The array is what makes that copy free of per-copy objects: copying from
 * direct memory without {@code Unsafe}, which Netty leaves off on Java 25, takes a new NIO view of
 * the source each time, and the frame is read by several event loops at once.
 */
final class EncodedFrame implements SharedFrame {
    private final ByteBuf bytes;
    private final byte[] array;

    EncodedFrame(ByteBuf bytes, byte[] array) {
        this.bytes = bytes;
        this.array = array;
    }

    /** A view of the bytes for one write; the write releases it. */
    ByteBuf forWrite() {
        return bytes.retainedDuplicate();
    }

    /** The same bytes, to be read only (and never changed) by whoever copies the frame. */
    byte[] array() {
        return array;
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
