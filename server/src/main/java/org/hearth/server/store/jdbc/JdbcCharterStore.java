package org.hearth.server.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.server.store.CharterStore;
import org.hearth.server.store.StoreException;

/** Charter edits in the database; rare and small, so on the database's connections for reads. */
final class JdbcCharterStore implements CharterStore {
    private final Database database;

    JdbcCharterStore(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, String> settings() {
        try {
            return database.use(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT key, value FROM charter_settings ORDER BY key"); ResultSet row = select.executeQuery()) {
                    Map<String, String> settings = new LinkedHashMap<>();
                    while (row.next()) {
                        settings.put(row.getString(1), row.getString(2));
                    }
                    return settings;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not read the charter edits: " + e.getMessage(), e);
        }
    }

    @Override
    public void put(Map<String, String> settings) {
        try {
            database.use(connection -> Database.inTransaction(connection, c -> {
                try (PreparedStatement upsert = c.prepareStatement("INSERT INTO charter_settings (key, value)"
                        + " VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                    for (Map.Entry<String, String> setting : settings.entrySet()) {
                        upsert.setString(1, setting.getKey());
                        upsert.setString(2, setting.getValue());
                        upsert.addBatch();
                    }
                    upsert.executeBatch();
                    return null;
                }
            }));
        } catch (SQLException e) {
            throw new StoreException("could not save a charter edit: " + e.getMessage(), e);
        }
    }
}
