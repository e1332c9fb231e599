package org.hearth.server.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.server.store.CharterStore;
import org.hearth.server.store.StoreException;

/** Charter edits in the SQLite database; rare and small, so on the store's read connection under its lock. */
final class SqliteCharterStore implements CharterStore {
    private final Connection connection;
    private final Object lock;

    SqliteCharterStore(Connection connection, Object lock) {
        this.connection = connection;
        this.lock = lock;
    }

    @Override
    public Map<String, String> settings() {
        synchronized (lock) {
            try (PreparedStatement select = connection.prepareStatement("SELECT key, value FROM charter_settings ORDER BY key");
                 ResultSet row = select.executeQuery()) {
                Map<String, String> settings = new LinkedHashMap<>();
                while (row.next()) {
                    settings.put(row.getString(1), row.getString(2));
                }
                return settings;
            } catch (SQLException e) {
                throw new StoreException("could not read the charter edits: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void put(Map<String, String> settings) {
        synchronized (lock) {
            try {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO charter_settings (key, value)"
                        + " VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                    for (Map.Entry<String, String> setting : settings.entrySet()) {
                        upsert.setString(1, setting.getKey());
                        upsert.setString(2, setting.getValue());
                        upsert.addBatch();
                    }
                    upsert.executeBatch();
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            } catch (SQLException e) {
                throw new StoreException("could not save a charter edit: " + e.getMessage(), e);
            }
        }
    }
}
