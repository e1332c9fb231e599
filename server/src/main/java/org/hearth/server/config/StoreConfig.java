package org.hearth.server.config;

import java.nio.file.Path;

/**
 * Where and how messages are kept.
 *
 * @param backend {@code sqlite} (durable, the default) or {@code memory} (nothing survives a
 *     restart; for trying things out and for measuring what durability costs)
 * @param path the data folder, created on first run
 * @param powerLossDurable true for SQLite {@code synchronous=FULL}: a commit survives a power cut,
 *     at a cost per commit; false ({@code NORMAL}) survives a crash of the process
 * @param maxBatch the most messages one group commit writes
 */
public record StoreConfig(Backend backend, Path path, boolean powerLossDurable, int maxBatch) {
    /** The storage engines Hearth ships. */
    public enum Backend { SQLITE, MEMORY }
}
