package org.hearth.server.metrics;

/**
 * The store writer's group commits. Called on the writer thread.
 *
 * <p>Threading: implementations are thread-safe.
 */
public interface StoreMetrics {
    StoreMetrics NONE = new StoreMetrics() {
    };

    /** One transaction committed {@code messages} messages in {@code nanos}. */
    default void committed(int messages, long nanos) {
    }
}
