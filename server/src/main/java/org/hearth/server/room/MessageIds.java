package org.hearth.server.room;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-wide unique message ids: a counter that starts at the start-up time in microseconds, so
 * ids grow over time and do not repeat after a restart. With several nodes each id also carries
 * the node's own mark, since two nodes' counters may start at the same microsecond. Thread-safe.
 */
public final class MessageIds {
    private final AtomicLong next;
    private final String node;

    public MessageIds(long startMillis) {
        this(startMillis, "");
    }

    /** @param node this node's mark in a cluster (letters and digits), empty on a single node */
    public MessageIds(long startMillis, String node) {
        this.next = new AtomicLong(startMillis * 1000);
        this.node = node.isEmpty() ? "" : node + "-";
    }

    public String next() {
        String counted = Long.toString(next.incrementAndGet(), 36);
        return node.isEmpty() ? counted : node + counted;
    }
}
