package org.hearth.server.metrics;

import java.util.function.IntSupplier;

/**
 * What the network edge sees: WebSocket connections, refused upgrades, frames and closes. Called
 * on the event loops.
 *
 * <p>Threading: implementations are thread-safe and lock-free.
 */
public interface TransportMetrics {
    TransportMetrics NONE = new TransportMetrics() {
    };

    /** A WebSocket handshake completed. */
    default void opened() {
    }

    /** A WebSocket connection that had completed its handshake closed. */
    default void closedConnection() {
    }

    /** An upgrade was refused before the handshake; {@code reason} is one of a few fixed words. */
    default void handshakeRejected(String reason) {
    }

    /** A client frame was decoded. */
    default void frameIn() {
    }

    /**
     * {@code frames} frames of {@code bytes} in all (WebSocket headers and payloads) were written to
     * a client since its last flush; a broadcast counts once per recipient, since each one's socket
     * carries it. Reported once per connection and flush pass, not per frame.
     */
    default void framesOut(int frames, long bytes) {
    }

    /** The server closed a WebSocket with this close code. */
    default void closedWith(int closeCode) {
    }

    /** A reader too slow to keep up was cut off. */
    default void slowConsumerDisconnected() {
    }

    /**
     * Reads, at each scrape, how many tasks wait on the event loops now (a backlog that grows is a
     * server falling behind). {@code pending} runs on the scraper's thread: it must be thread-safe
     * and must not wait on a loop.
     */
    default void watchEventLoopBacklog(IntSupplier pending) {
    }
}
