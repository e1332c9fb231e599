package org.hearth.server.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hearth.server.store.AccountStore;
import org.hearth.server.store.StoreException;

/** Staff accounts in the database. Rare and small: on the database's connections for reads, outside the message writer. */
final class JdbcAccountStore implements AccountStore {
    private final Database database;

    JdbcAccountStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<StoredAccount> find(String name) {
        try {
            return database.use(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT role, password_hash FROM accounts WHERE name = ?")) {
                    select.setString(1, name);
                    try (ResultSet row = select.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        return Optional.of(new StoredAccount(name, row.getString(1), rooms(connection, name),
                                row.getString(2)));
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not read account " + name + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> rooms(java.sql.Connection connection, String name) throws SQLException {
        Set<String> rooms = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT room FROM account_rooms WHERE account = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rooms.add(row.getString(1));
                }
            }
        }
        return rooms;
    }

    @Override
    public void save(StoredAccount account) {
        try {
            database.use(connection -> Database.inTransaction(connection, c -> {
                try (PreparedStatement upsert = c.prepareStatement("INSERT INTO accounts (name, role,"
                        + " password_hash, created_ms) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                        + " role = excluded.role, password_hash = excluded.password_hash");
                     PreparedStatement clear = c.prepareStatement("DELETE FROM account_rooms WHERE account = ?");
                     PreparedStatement room = c.prepareStatement(
                             "INSERT INTO account_rooms (account, room) VALUES (?, ?)")) {
                    upsert.setString(1, account.name());
                    upsert.setString(2, account.role());
                    upsert.setString(3, account.passwordHash());
                    upsert.setLong(4, System.currentTimeMillis());
                    upsert.executeUpdate();
                    clear.setString(1, account.name());
                    clear.executeUpdate();
                    for (String name : account.rooms()) {
                        room.setString(1, account.name());
                        room.setString(2, name);
                        room.addBatch();
                    }
                    room.executeBatch();
                    return null;
                }
            }));
        } catch (SQLException e) {
            throw new StoreException("could not save account " + account.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean anyOperator() {
        try {
            return database.use(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM accounts WHERE role = 'operator' LIMIT 1"); ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not read accounts: " + e.getMessage(), e);
        }
    }
}
