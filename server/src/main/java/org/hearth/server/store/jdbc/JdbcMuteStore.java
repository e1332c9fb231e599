package org.hearth.server.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hearth.server.store.MuteStore;
import org.hearth.server.store.StoreException;

/** Mutes in the SQLite database; rare and small, so on the store's read connection under its lock. */
final class SqliteMuteStore implements MuteStore {
    private final Connection connection;
    private final Object lock;

    SqliteMuteStore(Connection connection, Object lock) {
        this.connection = connection;
        this.lock = lock;
    }

    @Override
    public void put(String room, StoredMute mute) {
        update("INSERT INTO mutes (room, handle, until_ms, rule) VALUES (?, ?, ?, ?) ON CONFLICT (room, handle)"
                + " DO UPDATE SET until_ms = excluded.until_ms, rule = excluded.rule",
                room, mute.handleKey(), mute.untilMillis(), mute.rule());
    }

    @Override
    public void remove(String room, String handleKey) {
        update("DELETE FROM mutes WHERE room = ? AND handle = ?", room, handleKey);
    }

    @Override
    public List<StoredMute> active(String room, long nowMillis) {
        synchronized (lock) {
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
            } catch (SQLException e) {
                throw new StoreException("could not read the mutes of " + room + ": " + e.getMessage(), e);
            }
        }
    }

    private void update(String sql, Object... parameters) {
        synchronized (lock) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("could not save a mute in " + parameters[0] + ": " + e.getMessage(), e);
            }
        }
    }
}
