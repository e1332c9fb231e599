package org.hearth.server.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The append-only record of every moderation decision: who (a filter by name, or a moderator or
 * operator by account), what, where, about whom, and under which rule. There is no update and no
 * delete, here or in any API.
 */
public interface AuditLog {

    /**
     * One decision.
     *
     * @param id the entry's number, rising (0 before it is stored)
     * @param timeMillis when, in ms since the epoch
     * @param room the room
     * @param actor {@code filter:NAME}, {@code moderator:NAME} or {@code operator:NAME}
     * @param action what was done: {@code held}, {@code rejected}, {@code redacted},
     *     {@code approved}, {@code declined}, ...
     * @param targetMember the handle it concerns, if any
     * @param targetMessage {@code seq:N} or {@code held:ID}, if any
     * @param rule the rule behind it
     * @param detail for automated decisions, the level or score
     */
    record Entry(long id, long timeMillis, String room, String actor, String action, String targetMember,
                 String targetMessage, String rule, String detail) {
    }

    /** Appends an entry; the future completes when it is durable. */
    CompletableFuture<Void> append(Entry entry);

    /** Up to {@code limit} entries of the room with an id below {@code beforeId}, newest first (blocking). */
    List<Entry> page(String room, long beforeId, int limit);
}
