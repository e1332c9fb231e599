package org.hearth.server.moderation;

/**
 * Told how long each filter took on one message, from the timing the chain already does for its
 * budget check; the room hands it to its metrics. An interface here, so that moderation stays free
 * of any metrics type.
 *
 * <p>Threading: called on the room's thread, once per filter per message; implementations must
 * not allocate or block there.
 */
@FunctionalInterface
public interface FilterTimings {
    /** Told nothing. */
    FilterTimings NONE = (filter, nanos) -> {
    };

    /** The filter named {@code filter} took {@code nanos} on one message (failures and overruns included). */
    void took(String filter, long nanos);
}
