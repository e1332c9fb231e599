package org.hearth.server.store.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.store.MessageStore;
import org.hearth.server.store.RoomCatalog;
import org.hearth.server.store.RoomHistory;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.StoredMessage;

/**
 * Messages in memory, completed at once. Keeps the same rules as the durable stores (the next
 * sequence number only, counters never lowered), so tests against it mean something. Thread-safe
 * by one lock: it is not on any hot path that matters.
 */
public final class InMemoryMessageStore implements MessageStore, RoomCatalog {
    private final Map<RoomId, NavigableMap<Long, StoredMessage>> messages = new HashMap<>();
    private final Map<RoomId, Long> lastSeq = new HashMap<>();
    private volatile StoreException failure;

    /** Makes every later append fail with this error (null: work again); for tests of store failures. */
    public void failAppendsWith(StoreException error) {
        this.failure = error;
    }

    @Override
    public synchronized void register(RoomId room, String title, String purpose, Duration retention) {
        messages.computeIfAbsent(room, r -> new TreeMap<>());
        lastSeq.putIfAbsent(room, 0L);
    }

    @Override
    public synchronized CompletableFuture<Void> append(StoredMessage stored) {
        StoreException error = failure;
        if (error != null) {
            return CompletableFuture.failedFuture(error);
        }
        RoomId room = stored.message().room();
        long expected = lastSeq.getOrDefault(room, 0L) + 1;
        if (stored.message().seq() != expected) {
            return CompletableFuture.failedFuture(new StoreException("sequence " + stored.message().seq()
                    + " in " + room + " after a failed append (expected: " + expected + ")"));
        }
        messages.computeIfAbsent(room, r -> new TreeMap<>()).put(stored.message().seq(), stored);
        lastSeq.put(room, expected);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletableFuture<Boolean> redact(RoomId room, long seq, String replacement) {
        NavigableMap<Long, StoredMessage> kept = messages.getOrDefault(room, new TreeMap<>());
        StoredMessage stored = kept.get(seq);
        if (stored == null) {
            return CompletableFuture.completedFuture(false);
        }
        ServerMessage.Message m = stored.message();
        kept.put(seq, new StoredMessage(new ServerMessage.Message(m.room(), m.seq(), m.id(), m.author(), replacement,
                m.time(), true), stored.memberId(), stored.clientMsgId()));
        return CompletableFuture.completedFuture(true);
    }

    @Override
    public synchronized RoomHistory load(RoomId room, int recent) {
        NavigableMap<Long, StoredMessage> kept = messages.getOrDefault(room, new TreeMap<>());
        List<StoredMessage> newest = new ArrayList<>(kept.descendingMap().values().stream().limit(recent).toList());
        java.util.Collections.reverse(newest);
        return new RoomHistory(lastSeq.getOrDefault(room, 0L), newest);
    }

    @Override
    public synchronized List<StoredMessage> readAfter(RoomId room, long afterSeq, int limit) {
        return messages.getOrDefault(room, new TreeMap<>()).tailMap(afterSeq, false).values().stream()
                .limit(limit).toList();
    }

    @Override
    public synchronized CompletableFuture<Integer> deleteOlderThan(RoomId room, Instant cutoff, int batch) {
        NavigableMap<Long, StoredMessage> kept = messages.getOrDefault(room, new TreeMap<>());
        List<Long> old = kept.values().stream().filter(m -> m.message().time() < cutoff.toEpochMilli())
                .limit(batch).map(m -> m.message().seq()).toList();
        old.forEach(kept::remove);
        return CompletableFuture.completedFuture(old.size());
    }

    @Override
    public void close() {
        // nothing to flush: everything was "stored" when appended
    }
}
