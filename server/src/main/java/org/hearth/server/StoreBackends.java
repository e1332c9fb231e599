package org.hearth.server;

import org.hearth.server.config.StoreConfig;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.store.Stores;
import org.hearth.server.store.memory.InMemoryStores;
import org.hearth.server.store.postgres.PostgresStore;
import org.hearth.server.store.sqlite.SqliteStore;

/** Opens the store backend the configuration names: the one place that picks a backend. */
final class StoreBackends {
    private StoreBackends() {
    }

    /** @param clustered several nodes share the store, so it numbers each message in the commit that stores it */
    static Stores open(StoreConfig config, StoreMetrics metrics, boolean clustered) {
        return switch (config.backend()) {
            case SQLITE -> SqliteStore.open(config, metrics);
            case POSTGRESQL -> PostgresStore.open(config, metrics, clustered);
            case MEMORY -> InMemoryStores.open();
        };
    }
}
