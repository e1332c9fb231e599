package org.hearth.server.operations;

/**
 * Someone watching the operators' live view; in the server, an operator's open event stream.
 */
@FunctionalInterface
public interface HealthWatcher {
    /**
     * One event. Called on the feed's thread, one event at a time, so it must not wait: a watcher
     * that cannot take an event now skips it (each snapshot supersedes the last).
     *
     * @param kind {@link OperationsFeed#HISTORY} first, then {@link OperationsFeed#SNAPSHOT}s
     * @param json the event, encoded once and shared by every watcher: read it, never change it
     * @return false when this watcher has gone (closed, signed out, too slow for too long): it is
     *         dropped and its place freed
     */
    boolean deliver(String kind, byte[] json);
}
