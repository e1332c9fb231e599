package org.hearth.server.config;

import java.nio.file.Path;

/**
 * Where and how messages are kept.
 *
 * @param backend {@code sqlite} (durable, the default), {@code postgresql} (durable, on a
 *     PostgreSQL server, for several nodes) or {@code memory} (nothing survives a restart; for
 *     trying things out and for measuring what durability costs)
 * @param path the SQLite data folder, created on first run
 * @param powerLossDurable true for SQLite {@code synchronous=FULL}: a commit survives a power cut,
 *     at a cost per commit; false ({@code NORMAL}) survives a crash of the process
 * @param maxBatch the most messages one group commit writes
 * @param url the PostgreSQL server; null unless the backend is {@code postgresql}
 * @param poolSize the most connections to PostgreSQL at once (the writer keeps one of them)
 */
public record StoreConfig(Backend backend, Path path, boolean powerLossDurable, int maxBatch, DatabaseUrl url,
                          int poolSize) {
    /** The storage engines Hearth ships. */
    public enum Backend { SQLITE, POSTGRESQL, MEMORY }

    /** The fewest pooled connections that work: the writer's own and one for reads. */
    public static final int MIN_POOL_SIZE = 2;

    public StoreConfig {
        if (backend == Backend.POSTGRESQL && url == null) {
            throw new IllegalArgumentException("store.url: empty (expected: with store.backend=postgresql, the server's"
                    + " URL, such as " + DatabaseUrl.EXAMPLE + ")");
        }
    }

    /** A SQLite or in-memory store. */
    public StoreConfig(Backend backend, Path path, boolean powerLossDurable, int maxBatch) {
        this(backend, path, powerLossDurable, maxBatch, null, MIN_POOL_SIZE);
    }
}
