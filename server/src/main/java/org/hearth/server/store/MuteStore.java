package org.hearth.server.store;

import java.util.List;

/** Mutes that must outlive a restart. Blocking: call off event loops. */
public interface MuteStore {

    /**
     * A member muted in a room.
     *
     * @param handleKey the member's handle in lower case
     * @param untilMillis when the mute ends, ms since the epoch
     * @param rule the rule behind it
     */
    record StoredMute(String handleKey, long untilMillis, String rule) {
    }

    void put(String room, StoredMute mute);

    void remove(String room, String handleKey);

    /** The room's mutes that have not ended by {@code nowMillis}. */
    List<StoredMute> active(String room, long nowMillis);
}
