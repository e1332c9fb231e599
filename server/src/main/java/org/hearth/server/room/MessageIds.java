package org.hearth.server.room;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-wide unique message ids: a counter that starts at the start-up time in microseconds, so
 * ids grow over time and do not repeat after a restart. Thread-safe.
 */
public final class MessageIds {
    private final AtomicLong next;

    public MessageIds(long startMillis) {
        this.next = new AtomicLong(startMillis * 1000);
    }

    public String next() {
        return Long.toString(next.incrementAndGet(), 36);
    }
}
