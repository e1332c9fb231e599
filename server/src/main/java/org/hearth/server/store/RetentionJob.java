package org.hearth.server.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hearth.protocol.RoomId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes each room's messages older than its retention, a small batch at a time: each batch is
 * one short transaction queued behind the appends already waiting, so writes never stall for it.
 * A run that is still going when the next one is due is not started twice.
 */
public final class RetentionJob implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    static final int BATCH = 500;

    private final MessageStore store;
    private final Map<RoomId, Duration> retentionByRoom;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    public RetentionJob(MessageStore store, Map<RoomId, Duration> retentionByRoom, Clock clock) {
        this.store = store;
        this.retentionByRoom = Map.copyOf(retentionByRoom);
        this.clock = clock;
    }

    @Override
    public void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        Instant now = clock.instant();
        var rooms = retentionByRoom.entrySet().iterator();
        next(rooms, now, 0);
    }

    private void next(java.util.Iterator<Map.Entry<RoomId, Duration>> rooms, Instant now, int deletedSoFar) {
        if (!rooms.hasNext()) {
            running.set(false);
            if (deletedSoFar > 0) {
                log.info("retention: deleted {} messages past their rooms' retention", deletedSoFar);
            }
            return;
        }
        Map.Entry<RoomId, Duration> room = rooms.next();
        sweep(room.getKey(), now.minus(room.getValue()), deletedSoFar, rooms, now);
    }

    private void sweep(RoomId room, Instant cutoff, int deletedSoFar,
                       java.util.Iterator<Map.Entry<RoomId, Duration>> rooms, Instant now) {
        store.deleteOlderThan(room, cutoff, BATCH).whenComplete((deleted, failure) -> {
            if (failure != null) {
                log.warn("retention: could not delete old messages of {}: {}", room, failure.getMessage());
                next(rooms, now, deletedSoFar);
            } else if (deleted == BATCH) {
                sweep(room, cutoff, deletedSoFar + deleted, rooms, now);
            } else {
                next(rooms, now, deletedSoFar + deleted);
            }
        });
    }
}
