package org.hearth.server.store.sqlite;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.store.DurableStoreContractTest;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store against a real database file in a temporary folder. */
class SqliteStoreTest extends DurableStoreContractTest {
    @TempDir
    Path data;

    @Override
    protected Stores open(StoreMetrics metrics) {
        return SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, data, false, 500), metrics);
    }

    @Test
    void aDataPathThatIsNotAFolderIsAClearErrorAtStartUp() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("plain-file"), "not a folder");

        assertThatThrownBy(() -> SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, notAFolder.resolve("data"),
                false, 500)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("could not be created").hasMessageContaining("set store.path");
    }

    @Test
    void aDamagedDatabaseFileIsAClearErrorAtStartUp() throws Exception {
        Files.write(data.resolve("hearth.db"), "this is not an SQLite database, it was overwritten".repeat(200).getBytes());

        assertThatThrownBy(this::open)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("hearth.db").hasMessageContaining("move it aside");
    }
}
