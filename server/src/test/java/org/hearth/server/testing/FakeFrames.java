package org.hearth.server.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.session.FrameEncoder;
import org.hearth.server.session.SharedFrame;

/** An encoder whose frames keep the message and count references, so tests can check none leak. */
public final class FakeFrames implements FrameEncoder {
    private final AtomicInteger encoded = new AtomicInteger();
    private final AtomicInteger live = new AtomicInteger();

    @Override
    public SharedFrame encode(ServerMessage message) {
        encoded.incrementAndGet();
        live.incrementAndGet();
        return new Frame(message);
    }

    /** How many frames were encoded: one per broadcast, however many recipients. */
    public int encodedCount() {
        return encoded.get();
    }

    /** Frames not yet released by every holder. */
    public int liveCount() {
        return live.get();
    }

    /** A frame holding its message. */
    public final class Frame implements SharedFrame {
        private final ServerMessage message;
        private final AtomicInteger references = new AtomicInteger(1);

        Frame(ServerMessage message) {
            this.message = message;
        }

        public ServerMessage message() {
            if (references.get() <= 0) {
                throw new IllegalStateException("frame used after its last release");
            }
            return message;
        }

        @Override
        public SharedFrame retain() {
            if (references.getAndIncrement() <= 0) {
                throw new IllegalStateException("frame retained after its last release");
            }
            return this;
        }

        @Override
        public void release() {
            int left = references.decrementAndGet();
            if (left < 0) {
                throw new IllegalStateException("frame released more often than retained");
            }
            if (left == 0) {
                live.decrementAndGet();
            }
        }
    }
}
