package org.hearth.server.room;

import java.util.ArrayList;
import java.util.List;
import org.hearth.protocol.ServerMessage;

/**
 * The most recent durable messages of a room, in sequence order, in a fixed-size ring. Owned by
 * the room's thread.
 */
final class HistoryWindow {
    private final ServerMessage.Message[] ring;
    private long head; // sequence number of the newest message; what came before it may be gone
    private int size;

    /** An empty window whose next message will have sequence number {@code head + 1}. */
    HistoryWindow(int capacity, long head) {
        this.ring = new ServerMessage.Message[capacity];
        this.head = head;
    }

    /** Adds the message with the next sequence number. */
    void add(ServerMessage.Message message) {
        if (message.seq() != head + 1) {
            throw new IllegalStateException("sequence " + message.seq() + " after " + head + " (expected: " + (head + 1) + ")");
        }
        head = message.seq();
        ring[(int) (head % ring.length)] = message;
        size = Math.min(size + 1, ring.length);
    }

    /** The sequence number of the newest message, 0 when there has been none. */
    long head() {
        return head;
    }

    /** The oldest sequence number still kept (head + 1 when none is). */
    long oldest() {
        return head - size + 1;
    }

    /** Whether every message after {@code lastSeq} is still kept. */
    boolean covers(long lastSeq) {
        return lastSeq <= head && lastSeq + 1 >= oldest();
    }

    /** Messages with a sequence number greater than {@code lastSeq}, oldest first. */
    List<ServerMessage.Message> after(long lastSeq) {
        long from = Math.max(lastSeq + 1, oldest());
        List<ServerMessage.Message> out = new ArrayList<>((int) Math.max(0, head - from + 1));
        for (long seq = from; seq <= head; seq++) {
            out.add(ring[(int) (seq % ring.length)]);
        }
        return out;
    }

    /** The newest {@code count} messages, oldest first. */
    List<ServerMessage.Message> newest(int count) {
        return after(Math.max(0, head - count));
    }

    /** Replaces a kept message (a moderator's removal); false when it is no longer kept. */
    boolean replace(ServerMessage.Message message) {
        if (message.seq() < oldest() || message.seq() > head) {
            return false;
        }
        ring[(int) (message.seq() % ring.length)] = message;
        return true;
    }

    /** The kept message with this sequence number, or null. */
    ServerMessage.Message get(long seq) {
        return seq < oldest() || seq > head ? null : ring[(int) (seq % ring.length)];
    }

    /** Forgets the oldest messages sent before {@code cutoffMillis} (the room's retention). */
    void forgetOlderThan(long cutoffMillis) {
        while (size > 0 && ring[(int) (oldest() % ring.length)].time() < cutoffMillis) {
            ring[(int) (oldest() % ring.length)] = null;
            size--;
        }
    }
}
