package org.hearth.server.store;

import java.util.Map;

/**
 * Operators' edits of room charters, kept as the settings they change ({@code room.NAME.*} keys,
 * as in the config file), so that they outlive a restart and win over the file. Blocking: call
 * off event loops.
 */
public interface CharterStore {
    /** Every stored setting, key to value. */
    Map<String, String> settings();

    /** Stores these settings, replacing earlier values of the same keys, all at once. */
    void put(Map<String, String> settings);
}
