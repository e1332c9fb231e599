package org.hearth.server.moderation;

/**
 * One moderation rule on the message path. Decides in microseconds and reacts to nothing: it
 * returns a {@link Verdict}, and the room turns that into acks, notices and holds.
 *
 * <p>Threading: a room builds its own filter instances and calls them only on its own thread, so
 * a filter may keep per-member state without locks.
 */
public interface MessageFilter {
    /** A short stable name, used in audit lines, notices and metrics. */
    String name();

    Verdict evaluate(Candidate candidate);

    /** Drops whatever the filter keeps about a member who has left the room. */
    default void forget(String memberId) {
    }
}
