package org.hearth.server.config;

import java.time.Duration;
import java.util.List;

/**
 * The whole server configuration, sealed after loading.
 *
 * @param bind the address to listen on
 * @param port the TCP port (0 picks a free one)
 * @param ioThreads event-loop threads for connections (0: one per core)
 * @param allowedOrigins browser origins allowed to open a WebSocket; empty means the page's own
 *     host only
 * @param limits limits on client input
 * @param resumeGrace how long a dropped member may come back to the same session
 * @param historyWindow messages each room keeps in memory for resume
 * @param historyOnJoin messages sent to a member who joins without a last sequence
 * @param shutdownGrace how long shutdown waits for clients to close before closing them
 * @param store where and how messages are kept
 * @param cluster whether this node is one of several, and the Redis between them
 * @param safety settings of the safety filters that are the same for every room
 * @param rooms the rooms that exist from start-up
 * @param observability who may read the metrics, and the log format
 * @param overrides the settings this configuration was loaded with (file, environment, flags, and
 *     stored charter edits), over the defaults: what a changed configuration starts from
 */
public record HearthConfig(String bind, int port, int ioThreads, List<String> allowedOrigins, Limits limits,
                           Duration resumeGrace, int historyWindow, int historyOnJoin, Duration shutdownGrace,
                           StoreConfig store, ClusterConfig cluster, SafetyConfig safety, List<RoomConfig> rooms, ObservabilityConfig observability,
                           java.util.Map<String, String> overrides) {
    public HearthConfig {
        allowedOrigins = List.copyOf(allowedOrigins);
        rooms = List.copyOf(rooms);
        overrides = java.util.Map.copyOf(overrides);
    }

    /**
     * The configuration as text, with settings that may carry a secret (a database URL can hold a
     * password) shown as hidden, so that printing a configuration never leaks one.
     */
    @Override
    public String toString() {
        java.util.Map<String, String> shown = new java.util.TreeMap<>(overrides);
        shown.replaceAll((key, value) -> mayHoldSecret(key) ? "(hidden)" : value);
        return "HearthConfig[bind=" + bind + ", port=" + port + ", store=" + store.backend() + ", cluster=" + cluster.enabled() + ", rooms=" + rooms.size()
                + ", settings=" + shown + "]";
    }

    private static boolean mayHoldSecret(String key) {
        return key.endsWith(".url") || key.endsWith("-url") || key.contains("password") || key.contains("secret") || key.contains("token");
    }

    /** The room's configuration, or null when there is no such room. */
    public RoomConfig room(org.hearth.protocol.RoomId id) {
        return rooms.stream().filter(room -> room.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * This configuration with some settings changed, checked as a whole as at start-up.
     *
     * @throws IllegalArgumentException saying which setting is wrong and what would be right
     */
    public HearthConfig with(java.util.Map<String, String> changes) {
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>(overrides);
        settings.putAll(changes);
        return ConfigLoader.fromSettings(settings);
    }

    /** The defaults with other values for the given keys (as in the config file); for tests and embedding. */
    public static HearthConfig defaultsWith(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keysAndValues: odd count (expected: key, value, key, value, ...)");
        }
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            settings.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return ConfigLoader.fromSettings(settings);
    }
}
