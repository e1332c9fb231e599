package org.hearth.server.store.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.server.store.MuteStore;

/** Mutes in memory: forgotten on restart. Thread-safe. */
public final class InMemoryMuteStore implements MuteStore {
    private final Map<String, Map<String, StoredMute>> byRoom = new HashMap<>();

    @Override
    public synchronized void put(String room, StoredMute mute) {
        byRoom.computeIfAbsent(room, r -> new HashMap<>()).put(mute.handleKey(), mute);
    }

    @Override
    public synchronized void remove(String room, String handleKey) {
        byRoom.getOrDefault(room, new HashMap<>()).remove(handleKey);
    }

    @Override
    public synchronized List<StoredMute> active(String room, long nowMillis) {
        return byRoom.getOrDefault(room, Map.of()).values().stream().filter(m -> m.untilMillis() > nowMillis).toList();
    }
}
