package org.hearth.server.metrics;

/**
 * What one room's message path and moderators do, as counts and times. Called on the room's own
 * thread, once per event: implementations resolve their meters when the room is built (or, for
 * labels such as the filter, once per label) so recording allocates nothing and takes no lock.
 *
 * <p>Threading: implementations are thread-safe; values are read by the scraper's thread.
 */
public interface RoomMetrics {
    RoomMetrics NONE = new RoomMetrics() {
    };

    /** A member's message arrived (resends of an answered message excluded). */
    default void received() {
    }

    /** The filter chain took this long on one message. */
    default void filtersTook(long nanos) {
    }

    /**
     * The filter named {@code filter} took this long on one message. Filter names come from the
     * code and the configuration, so a meter per name stays bounded.
     */
    default void filterTook(String filter, long nanos) {
    }

    /** A message was broadcast to the room (after the store made it durable). */
    default void broadcast() {
    }

    /** The filter named {@code filter} held a message for a moderator. */
    default void held(String filter) {
    }

    /** The filter named {@code filter} refused a message for good (throttles excluded). */
    default void rejected(String filter) {
    }

    /** A posted message had part of its text redacted by the filter named {@code filter}, under {@code rule}. */
    default void redacted(String filter, String rule) {
    }

    /** The author's ack was sent this long after its message arrived. */
    default void acked(long nanosSinceReceipt) {
    }

    /**
     * A message had been handed to every member's connection this long after it arrived (for a
     * message a moderator approved: after the approval).
     */
    default void fannedOut(long nanosSinceReceipt) {
    }

    /** A moderator approved or declined a held message this long after it was held. */
    default void decided(long millisSinceHeld) {
    }

    /**
     * The hold queue changed: how many messages wait at {@code level} (a lower-case triage level)
     * now. Called for every level on every change, so a level drained to zero reads zero.
     */
    default void waiting(String level, int count) {
    }

    /** The oldest held message still waiting was held at this time (epoch millis); {@code -1}: none waits. */
    default void oldestHeldAt(long epochMillis) {
    }

    /** A member flagged a post to the moderators. */
    default void flagged() {
    }

    /** A member was nudged privately that their posts together could identify them. */
    default void disclosureNudged() {
    }
}
