package org.hearth.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.RoomSummary;
import org.hearth.server.config.CharterSettings;
import org.hearth.server.config.HearthConfig;
import org.hearth.server.config.RoomConfig;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.room.Room;
import org.hearth.server.room.RoomRegistry;
import org.hearth.server.store.CharterStore;
import org.hearth.server.transport.http.CharterEditor;
import org.hearth.server.transport.http.Charters;

/**
 * Operators' charter edits, end to end: checked with the whole configuration as at start-up,
 * kept in the store, then applied to the public charter document and to the running room (its
 * summary, filters and slow mode). Edits are made one at a time (synchronized), off the event loops.
 */
final class LiveCharters implements CharterEditor {
    private final CharterStore store;
    private final RoomRegistry rooms;
    private final Charters charters;
    private final Function<RoomConfig, FilterChain> filters;
    private HearthConfig config;

    LiveCharters(HearthConfig config, CharterStore store, RoomRegistry rooms, Charters charters,
                 Function<RoomConfig, FilterChain> filters) {
        this.config = config;
        this.store = store;
        this.rooms = rooms;
        this.charters = charters;
        this.filters = filters;
    }

    /**
     * The configuration with the stored edits of its rooms applied: what the server runs with.
     * Edits of rooms the file no longer lists are left aside.
     */
    static HearthConfig withStoredEdits(HearthConfig config, CharterStore store) {
        Map<String, String> edits = new LinkedHashMap<>();
        store.settings().forEach((key, value) -> {
            for (RoomConfig room : config.rooms()) {
                if (key.startsWith("room." + room.id().value() + ".")) {
                    edits.put(key, value);
                }
            }
        });
        if (edits.isEmpty()) {
            return config;
        }
        try {
            return config.with(edits);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a stored charter edit no longer fits the config file: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Map<String, Object> edit(RoomId id, Map<String, Object> fields, String operator) {
        Room room = rooms.get(id);
        if (room == null) {
            return null;
        }
        Map<String, String> changes = CharterSettings.of(id, fields);
        HearthConfig next = config.with(changes); // throws, saying why, before anything is kept
        store.put(changes);
        config = next;
        RoomConfig edited = next.room(id);
        charters.update(edited);
        room.recharter(summaryOf(edited), filters.apply(edited), edited.charter().policies().slowMode(), operator);
        return charters.document(id);
    }

    /** What members see of a room's charter on joining. */
    static RoomSummary summaryOf(RoomConfig room) {
        return new RoomSummary(room.title(), room.purpose(), room.charter().rules(), room.charter().support());
    }
}
