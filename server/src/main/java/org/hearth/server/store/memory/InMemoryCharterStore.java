package org.hearth.server.store.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.server.store.CharterStore;

/** Charter edits in memory: forgotten on restart. Thread-safe. */
public final class InMemoryCharterStore implements CharterStore {
    private final Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public synchronized Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    @Override
    public synchronized void put(Map<String, String> changed) {
        settings.putAll(changed);
    }
}
