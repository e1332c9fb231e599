package org.hearth.server.store;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hearth.protocol.RoomId;

/**
 * A room's messages and its sequence counter, kept durably.
 *
 * <p>Appends are group-committed: each returns at once, and its future completes, on the store's
 * own thread, when the transaction holding it is durable; futures complete in append order. An
 * append whose sequence number is not the room's next one (because an earlier append failed) is
 * refused, so the stored sequence never has a gap. The reads block: call them off event loops.
 */
public interface MessageStore extends AutoCloseable {

    /** Stores one message; the future fails with {@link StoreException} if it could not be stored. */
    CompletableFuture<Void> append(StoredMessage message);

    /**
     * Whether this store decides the sequence numbers itself, in the transaction that stores each
     * message (several nodes writing the same rooms), so rooms call {@link #appendNumbered} instead
     * of numbering with a counter of their own and calling {@link #append}.
     */
    default boolean numbersMessages() {
        return false;
    }

    /**
     * Stores one message whose sequence number (ignored here) the store decides in the commit; the
     * future gives the number, or fails with {@link StoreException}. Only for a store that
     * {@linkplain #numbersMessages numbers messages}.
     */
    default CompletableFuture<Long> appendNumbered(StoredMessage message) {
        throw new UnsupportedOperationException("this store does not number messages: the room numbers them");
    }

    /**
     * Replaces a stored message's text (a moderator's removal) and marks it redacted, in a short
     * transaction between appends; the future gives whether the room had that message.
     */
    CompletableFuture<Boolean> redact(RoomId room, long seq, String replacement);

    /** The room's counter and its most recent messages (blocking; for start-up). */
    RoomHistory load(RoomId room, int recent);

    /** Up to {@code limit} messages after {@code afterSeq}, oldest first (blocking). */
    List<StoredMessage> readAfter(RoomId room, long afterSeq, int limit);

    /**
     * Deletes up to {@code batch} messages of the room older than {@code cutoff}, in one short
     * transaction between appends; the future gives how many went (fewer than {@code batch}: done).
     */
    CompletableFuture<Integer> deleteOlderThan(RoomId room, Instant cutoff, int batch);

    /**
     * Completes when the store has shown it can take writes now (for the readiness check); fails
     * when it cannot. A store kept in memory always can. Never blocks the caller.
     */
    default CompletableFuture<Void> checkWritable() {
        return CompletableFuture.completedFuture(null);
    }

    /** Waits for every append already made to be durable, then releases the store. */
    @Override
    void close();
}
