package org.hearth.server.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.store.AccountStore.StoredAccount;
import org.hearth.server.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAccountStoreTest {
    @TempDir
    Path data;

    private Stores open() {
        return SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, data, false, 100));
    }

    @Test
    void anAccountWithItsRoomsSurvivesAReopenAndSavingAgainReplacesIt() {
        try (Stores stores = open()) {
            assertThat(stores.accounts().anyOperator()).isFalse();
            stores.accounts().save(new StoredAccount("jo", "moderator", Set.of("lounge", "night-owls"), "$hash-1"));
            stores.accounts().save(new StoredAccount("ops", "operator", Set.of(), "$hash-2"));
        }
        try (Stores stores = open()) {
            assertThat(stores.accounts().find("jo")).hasValue(
                    new StoredAccount("jo", "moderator", Set.of("lounge", "night-owls"), "$hash-1"));
            assertThat(stores.accounts().anyOperator()).isTrue();
            stores.accounts().save(new StoredAccount("jo", "moderator", Set.of("lounge"), "$hash-3"));
            assertThat(stores.accounts().find("jo")).hasValue(new StoredAccount("jo", "moderator", Set.of("lounge"), "$hash-3"));
            assertThat(stores.accounts().find("nobody")).isEmpty();
        }
    }
}
