package org.hearth.server.config;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Whether this node is one of several sharing one PostgreSQL and one Redis (docs/CLUSTER.md).
 *
 * @param redisUrl the Redis server carrying messages between nodes ({@code redis://host:port}),
 *     or null for a single node, the default
 * @param channelPrefix what every Redis channel name of this cluster starts with, so clusters (or
 *     test runs) sharing one Redis never hear each other
 */
public record ClusterConfig(URI redisUrl, String channelPrefix) {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9:_.-]{1,64}");

    public ClusterConfig {
        if (!PREFIX.matcher(channelPrefix).matches()) {
            throw new IllegalArgumentException("cluster.channel-prefix: '" + channelPrefix
                    + "' (expected: 1 to 64 letters, digits or : _ . -)");
        }
    }

    /** A single node: nothing goes through Redis. */
    public static final ClusterConfig SINGLE_NODE = new ClusterConfig(null, "hearth:");

    /**
     * The cluster settings, checked: an empty {@code redisUrl} is a single node; a cluster needs
     * PostgreSQL, the one store every node can share.
     */
    static ClusterConfig of(String redisUrl, String channelPrefix, StoreConfig.Backend backend) {
        if (redisUrl == null || redisUrl.isBlank()) {
            return new ClusterConfig(null, channelPrefix);
        }
        URI url;
        try {
            url = URI.create(redisUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cluster.redis-url: not a URL (expected: such as redis://127.0.0.1:6379)");
        }
        if (!("redis".equals(url.getScheme()) || "rediss".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException("cluster.redis-url: scheme '" + url.getScheme()
                    + "' or no host (expected: such as redis://127.0.0.1:6379)");
        }
        if (backend != StoreConfig.Backend.POSTGRESQL) {
            throw new IllegalArgumentException("cluster.redis-url: set, but store.backend is "
                    + backend.name().toLowerCase(java.util.Locale.ROOT) + " (expected: store.backend=postgresql, the"
                    + " store every node of a cluster shares; leave cluster.redis-url empty for a single node)");
        }
        return new ClusterConfig(url, channelPrefix);
    }

    /** True when this node is one of several. */
    public boolean enabled() {
        return redisUrl != null;
    }

    /** The Redis channel of a room's messages. */
    public String roomChannel(String room) {
        return channelPrefix + "room:" + room;
    }
}
