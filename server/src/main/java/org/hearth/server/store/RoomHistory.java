package org.hearth.server.store;

import java.util.List;

/**
 * What a room finds in the store when it starts.
 *
 * @param lastSeq the last sequence number ever used (0 for a new room); never lower than any
 *     message kept, and never reused even after the messages are deleted
 * @param recent the most recent messages kept, oldest first
 */
public record RoomHistory(long lastSeq, List<StoredMessage> recent) {
    public RoomHistory {
        recent = List.copyOf(recent);
    }

    public static final RoomHistory EMPTY = new RoomHistory(0, List.of());
}
