package org.hearth.server.cluster;

import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.hearth.protocol.ServerMessage;

/**
 * One room's messages from every node, handed on strictly by sequence number: each once, none
 * skipped. A message that comes early (another node's publish overtook it, or pub/sub lost one)
 * is held; if the gap is still open after a short bound, the missing numbers are read from the
 * store, which has every message anyone was sent. Messages already handed on are dropped.
 *
 * <p>Threading: owned by the room's thread; the timer and the store read answer there.
 */
public final class OrderedDelivery {
    /** The most messages one gap read asks for; a longer gap is filled in several reads. */
    static final int MAX_FILL = 1_000;

    private final Consumer<ServerMessage.Message> deliver;
    private final GapReader reader;
    private final Timer timer;
    private final Duration gapBound;
    private final TreeMap<Long, ServerMessage.Message> early = new TreeMap<>();
    private long next;
    private boolean waiting; // a timer or a read is under way
    private long filled;

    /**
     * @param head the last sequence number already delivered
     * @param gapBound how long a gap may stay open before it is read from the store
     */
    public OrderedDelivery(long head, Duration gapBound, GapReader reader, Timer timer,
                           Consumer<ServerMessage.Message> deliver) {
        this.next = head + 1;
        this.gapBound = gapBound;
        this.reader = reader;
        this.timer = timer;
        this.deliver = deliver;
    }

    /** A message of the room, from this node or another, possibly early, late or a second time. */
    public void offer(ServerMessage.Message message) {
        long seq = message.seq();
        if (seq < next) {
            return; // delivered already
        }
        if (seq > next) {
            early.putIfAbsent(seq, message);
            waitForGap();
            return;
        }
        deliver.accept(message);
        next++;
        for (var first = early.firstEntry(); first != null && first.getKey() <= next; first = early.firstEntry()) {
            early.pollFirstEntry();
            if (first.getKey() == next) {
                deliver.accept(first.getValue());
                next++;
            }
        }
    }

    /**
     * Reads whatever the store has after the last message handed on, page by page: after the
     * connection to the other nodes was lost, what they published meanwhile.
     */
    public void catchUp() {
        reader.read(next - 1, MAX_FILL, found -> {
            found.forEach(this::offer);
            if (found.size() == MAX_FILL) {
                catchUp();
            }
        });
    }

    /** The next sequence number this node will deliver. */
    public long next() {
        return next;
    }

    /** How many messages were read from the store to fill gaps, so far. */
    public long filledFromStore() {
        return filled;
    }

    private void waitForGap() {
        if (waiting || early.isEmpty()) {
            return;
        }
        waiting = true;
        long waitingFor = next;
        timer.after(gapBound, () -> {
            if (next != waitingFor || early.isEmpty()) { // it moved on: give the new gap its own bound
                waiting = false;
                waitForGap();
                return;
            }
            int missing = (int) Math.min(MAX_FILL, early.firstKey() - next);
            reader.read(next - 1, missing, found -> {
                waiting = false;
                for (ServerMessage.Message message : found) {
                    if (message.seq() >= next) {
                        filled++;
                    }
                    offer(message);
                }
                waitForGap(); // still open (the read failed or came short): try again after another bound
            });
        });
    }

    /** Reads a room's stored messages after a number, off the room's thread; answers on it. */
    @FunctionalInterface
    public interface GapReader {
        /** Hands up to {@code limit} messages after {@code afterSeq}, oldest first, to {@code then}; none when the read failed. */
        void read(long afterSeq, int limit, Consumer<List<ServerMessage.Message>> then);
    }

    /** Runs a task on the room's thread after a delay. */
    @FunctionalInterface
    public interface Timer {
        void after(Duration delay, Runnable task);
    }
}
