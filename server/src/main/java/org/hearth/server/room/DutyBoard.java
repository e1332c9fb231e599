package org.hearth.server.room;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.protocol.RoomId;

/**
 * How many moderators of each room are in it now, posted by the rooms and read by anyone (the
 * charter endpoint, later the room list and metrics). Thread-safe.
 */
public final class DutyBoard {
    private final Map<RoomId, Integer> present = new ConcurrentHashMap<>();

    void post(RoomId room, int moderatorsPresent) {
        present.put(room, moderatorsPresent);
    }

    /** Whether a moderator of the room is in it now. */
    public boolean onDuty(RoomId room) {
        return present.getOrDefault(room, 0) > 0;
    }
}
