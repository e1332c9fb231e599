package org.hearth.server.transport.websocket;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts open WebSocket connections per client address and refuses one past the limit. Keeps no
 * entry for an address with no connection. Thread-safe.
 */
public final class ConnectionLimiter {
    private final int perAddress;
    private final ConcurrentMap<InetAddress, Integer> open = new ConcurrentHashMap<>();

    public ConnectionLimiter(int perAddress) {
        this.perAddress = perAddress;
    }

    /** Takes a place for the address; false when it has as many connections as allowed. */
    public boolean tryAcquire(InetAddress address) {
        boolean[] acquired = {false};
        open.compute(address, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= perAddress) {
                return count;
            }
            acquired[0] = true;
            return current + 1;
        });
        return acquired[0];
    }

    public void release(InetAddress address) {
        open.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
    }
}
