package org.hearth.server.room;

import java.util.ArrayList;
import java.util.List;
import org.hearth.protocol.ServerMessage;

/**
 * The most recent messages of a room, in sequence order, in a fixed-size ring. Owned by the
 * room's thread.
 */
final class HistoryWindow {
    private final ServerMessage.Message[] ring;
    private long head; // sequence number of the newest message kept; 0 when none
    private int size;

    HistoryWindow(int capacity) {
        this.ring = new ServerMessage.Message[capacity];
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

    /** The sequence number of the newest message, 0 when there is none. */
    long head() {
        return head;
    }

    /** The oldest sequence number still kept (head + 1 when empty). */
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

    /** Replaces a kept message (for redaction after broadcast); false when it is no longer kept. */
    boolean replace(ServerMessage.Message message) {
        if (message.seq() < oldest() || message.seq() > head) {
            return false;
        }
        ring[(int) (message.seq() % ring.length)] = message;
        return true;
    }
}
