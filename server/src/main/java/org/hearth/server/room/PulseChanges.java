package org.hearth.server.room;

/**
 * Told when something an operator should see at once has changed in a room: a post held, a held
 * post decided, the room's moderator coming on or going off duty. Rates and member counts are
 * not told; the operators' view samples those every few seconds anyway.
 *
 * <p>Threading: called on the rooms' threads, so implementations must be thread-safe and cheap
 * (no wait, no work beyond noting that something changed).
 */
@FunctionalInterface
public interface PulseChanges {
    /** Nobody listens: for tests and embedding. */
    PulseChanges NONE = () -> {
    };

    /** Some room's pulse changed in a way an operator should see soon. */
    void changed();
}
