package org.hearth.server.room;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;

/**
 * How a room's stored messages reach its members on every node. On a single node that is the
 * room's own fan-out, at once ({@link #IN_PROCESS}); with several nodes each message also travels
 * to the others, and every node delivers a room's messages strictly in sequence order.
 */
public interface RoomBus extends AutoCloseable {
    /** One node: a stored message goes straight to the room's delivery, on the room's thread. */
    RoomBus IN_PROCESS = (room, head, roomThread, deliver) -> deliver::accept;

    /**
     * Connects a room: from now on the room's messages, from this node and any other, are handed
     * to {@code deliver} on {@code roomThread}, each once, in sequence order from {@code head + 1}.
     * Called once per room, at start-up.
     */
    Channel attach(RoomId room, long head, Executor roomThread, Consumer<ServerMessage.Message> deliver);

    /** Whether the other nodes can be reached now (readiness); always on a single node. Any thread. */
    default boolean reachable() {
        return true;
    }

    /** Stops carrying messages; the default has nothing to release. */
    @Override
    default void close() {
    }

    /** A room's end of the bus. */
    @FunctionalInterface
    interface Channel {
        /** A message of this node is stored: deliver it here and on every other node. Room thread only. */
        void publish(ServerMessage.Message stored);

        /**
         * Whether the room's other nodes can be reached now. While they cannot, members' sends are
         * refused rather than stored unseen by half the room. Any thread.
         */
        default boolean live() {
            return true;
        }
    }
}
