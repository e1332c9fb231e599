package org.hearth.server.metrics;

import java.util.function.IntSupplier;

/**
 * The server's metrics, handed out per part: one {@link RoomMetrics} per configured room (so room
 * labels stay bounded), one {@link TransportMetrics} and one {@link StoreMetrics}. {@link #NONE}
 * records nothing.
 *
 * <p>Threading: implementations are thread-safe; the recorders they hand out are too.
 */
public interface HearthMetrics extends AutoCloseable {
    /** Records nothing: for tests and embedding without metrics. */
    HearthMetrics NONE = new HearthMetrics() {
    };

    /** The recorder of one configured room; call once per room, when the room is built. */
    default RoomMetrics room(String room) {
        return RoomMetrics.NONE;
    }

    default TransportMetrics transport() {
        return TransportMetrics.NONE;
    }

    default StoreMetrics store() {
        return StoreMetrics.NONE;
    }

    /** Reads, at each scrape, how many rooms have no moderator on duty now. {@code count} must be thread-safe. */
    default void watchRoomsWithoutModerator(IntSupplier count) {
    }

    /**
     * The server-wide figures now, for the operators' live view. Thread-safe, and waits on nothing:
     * it reads what the meters hold.
     */
    default ServerReadings readings() {
        return ServerReadings.NONE;
    }

    /** The Prometheus text exposition of every metric, or null when this backend has none to show. */
    default String scrape() {
        return null;
    }

    /** Stops whatever the backend watches (JVM binders); recording after this is harmless. */
    @Override
    default void close() {
    }
}
