package org.hearth.server.room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hearth.protocol.RoomId;
import org.hearth.server.store.MessageStore;
import org.hearth.server.store.RoomHistory;
import org.hearth.server.store.StoredMessage;
import org.hearth.server.store.memory.InMemoryMessageStore;

/** An in-memory store whose appends become durable only when the test says so, in order. */
final class GatedStore implements MessageStore {
    private final InMemoryMessageStore inner = new InMemoryMessageStore();
    private final List<Runnable> waiting = new ArrayList<>();

    /** Makes every append made so far durable. */
    synchronized void commitAll() {
        List<Runnable> now = new ArrayList<>(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
    }

    @Override
    public synchronized CompletableFuture<Void> append(StoredMessage message) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        waiting.add(() -> inner.append(message).whenComplete((ok, failure) -> {
            if (failure == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(failure);
            }
        }));
        return done;
    }

    @Override
    public CompletableFuture<Boolean> redact(RoomId room, long seq, String replacement) {
        return inner.redact(room, seq, replacement);
    }

    @Override
    public RoomHistory load(RoomId room, int recent) {
        return inner.load(room, recent);
    }

    @Override
    public List<StoredMessage> readAfter(RoomId room, long afterSeq, int limit) {
        return inner.readAfter(room, afterSeq, limit);
    }

    @Override
    public CompletableFuture<Integer> deleteOlderThan(RoomId room, Instant cutoff, int batch) {
        return inner.deleteOlderThan(room, cutoff, batch);
    }

    @Override
    public void close() {
        inner.close();
    }
}
