package org.hearth.server.store;

import java.time.Duration;
import org.hearth.protocol.RoomId;

/** The rooms that exist and their settings, as recorded in the store. */
public interface RoomCatalog {

    /** Records the room (or updates its settings); blocking, for start-up. */
    void register(RoomId room, String title, String purpose, Duration retention);
}
