package org.hearth.server.room;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.store.MessageStore;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.StoredMessage;

/**
 * Fetches what a returning member missed from the store when it is older than the room's memory.
 * The blocking read runs on the store-read executor; the answer comes back on the room's thread.
 */
final class CatchUp {
    private final RoomId room;
    private final MessageStore store;
    private final Executor reads;
    private final Executor roomThread;
    private final int limit;

    CatchUp(RoomId room, MessageStore store, Executor reads, Executor roomThread, int limit) {
        this.room = room;
        this.store = store;
        this.reads = reads;
        this.roomThread = roomThread;
        this.limit = limit;
    }

    /**
     * Reads the messages after {@code lastSeq} up to the window's oldest, then hands them (or null
     * when the member is too far behind or the read failed) to {@code then} on the room's thread.
     */
    void fetch(long lastSeq, long windowOldest, Consumer<List<ServerMessage.Message>> then) {
        long wanted = windowOldest - 1 - lastSeq;
        if (wanted > limit) {
            roomThread.execute(() -> then.accept(null));
            return;
        }
        reads.execute(() -> {
            List<ServerMessage.Message> older;
            try {
                older = store.readAfter(room, lastSeq, (int) wanted).stream().map(StoredMessage::message).toList();
            } catch (StoreException e) {
                older = null; // the member gets a reset: recent history, and the truth that some is missing
            }
            List<ServerMessage.Message> result = older;
            roomThread.execute(() -> then.accept(result));
        });
    }

    /**
     * The store's messages followed by the window's, when together they run without a gap from
     * {@code lastSeq + 1}; null when they do not (retention deleted some, or the window moved on).
     */
    static List<ServerMessage.Message> joinWithWindow(long lastSeq, List<ServerMessage.Message> older,
                                                      HistoryWindow window) {
        if (older == null) {
            return null;
        }
        long expected = lastSeq + 1;
        for (ServerMessage.Message message : older) {
            if (message.seq() != expected) {
                return null;
            }
            expected++;
        }
        if (!window.covers(expected - 1)) {
            return null;
        }
        List<ServerMessage.Message> all = new ArrayList<>(older);
        all.addAll(window.after(expected - 1));
        return all;
    }
}
