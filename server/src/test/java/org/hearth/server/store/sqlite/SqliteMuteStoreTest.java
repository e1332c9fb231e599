package org.hearth.server.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.store.MuteStore.StoredMute;
import org.hearth.server.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteMuteStoreTest {
    @TempDir
    Path data;

    private Stores open() {
        return SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, data, false, 100));
    }

    @Test
    void aMuteSurvivesARestartUntilItEndsOrIsLifted() {
        try (Stores stores = open()) {
            stores.mutes().put("lounge", new StoredMute("ash", 2_000, "rule-4"));
            stores.mutes().put("lounge", new StoredMute("birch", 5_000, "rule-2"));
            stores.mutes().put("attic", new StoredMute("ash", 9_000, "rule-1"));
        }
        try (Stores stores = open()) {
            assertThat(stores.mutes().active("lounge", 1_000)).containsExactlyInAnyOrder(
                    new StoredMute("ash", 2_000, "rule-4"), new StoredMute("birch", 5_000, "rule-2"));
            assertThat(stores.mutes().active("lounge", 3_000)).containsExactly(new StoredMute("birch", 5_000, "rule-2"));
            stores.mutes().remove("lounge", "birch");
            stores.mutes().put("attic", new StoredMute("ash", 12_000, "rule-3"));
        }
        try (Stores stores = open()) {
            assertThat(stores.mutes().active("lounge", 3_000)).isEmpty();
            assertThat(stores.mutes().active("attic", 10_000)).containsExactly(new StoredMute("ash", 12_000, "rule-3"));
        }
    }
}
