package org.hearth.server.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hearth.server.store.MuteStore;
import org.hearth.server.store.StoreException;

/** Mutes in the database; rare and small, so on the database's connections for reads. */
final class JdbcMuteStore implements MuteStore {
    private final Database database;

    JdbcMuteStore(Database database) {
        this.database = database;
    }

    @Override
    public void put(String room, StoredMute mute) {
        update(room, "INSERT INTO mutes (room, handle, until_ms, rule) VALUES (?, ?, ?, ?) ON CONFLICT (room, handle)"
                + " DO UPDATE SET until_ms = excluded.until_ms, rule = excluded.rule",
                room, mute.handleKey(), mute.untilMillis(), mute.rule());
    }

    @Override
    public void remove(String room, String handleKey) {
        update(room, "DELETE FROM mutes WHERE room = ? AND handle = ?", room, handleKey);
    }

    @Override
    public List<StoredMute> active(String room, long nowMillis) {
        try {
            return database.use(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT handle, until_ms, rule FROM mutes WHERE room = ? AND until_ms > ?")) {
                    select.setString(1, room);
                    select.setLong(2, nowMillis);
                    List<StoredMute> mutes = new ArrayList<>();
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            mutes.add(new StoredMute(row.getString(1), row.getLong(2), row.getString(3)));
                        }
                    }
                    return mutes;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not read the mutes of " + room + ": " + e.getMessage(), e);
        }
    }

    private void update(String room, String sql, Object... parameters) {
        try {
            database.use(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    return statement.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not save a mute in " + room + ": " + e.getMessage(), e);
        }
    }
}
