package org.hearth.server.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.store.AuditLog;
import org.hearth.server.store.MessageStore;
import org.hearth.server.store.RoomCatalog;
import org.hearth.server.store.RoomHistory;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.StoredMessage;
import org.hearth.server.store.Stores;

/**
 * Messages, rooms and the audit log in a SQL database, whichever it is: writes go through the
 * {@link GroupCommitWriter}, reads through the {@link Database}'s connections for reads. The
 * schema is the one the backend's migrations make; the SQL here is the same for every backend.
 */
public final class JdbcStore implements MessageStore, RoomCatalog, AuditLog {
    private static final String SELECT_COLUMNS = "SELECT room, seq, id, author, member_id, client_msg_id, text,"
            + " time_ms, redacted FROM messages";

    private final Database database;
    private final GroupCommitWriter writer;

    private JdbcStore(Database database, GroupCommitWriter writer) {
        this.database = database;
        this.writer = writer;
    }

    /**
     * Every store of one backend over {@code database}, whose schema is up to date. Opens the
     * writer's connection at once; on failure closes the database and says what failed.
     */
    public static Stores open(Database database, int maxBatch, StoreMetrics metrics) {
        return open(database, maxBatch, metrics, false);
    }

    /**
     * As {@link #open(Database, int, StoreMetrics)}; with {@code numberInCommit}, for several nodes
     * writing the same rooms, the store numbers each message in the commit that stores it.
     */
    public static Stores open(Database database, int maxBatch, StoreMetrics metrics, boolean numberInCommit) {
        GroupCommitWriter writer;
        try {
            writer = new GroupCommitWriter(database, maxBatch, metrics, numberInCommit);
        } catch (SQLException e) {
            database.close();
            throw new StoreException("the database could not be opened for writing: " + e.getMessage(), e);
        }
        JdbcStore store = new JdbcStore(database, writer);
        return new Stores(store, store, new JdbcAccountStore(database), store, new JdbcMuteStore(database),
                new JdbcCharterStore(database));
    }

    @Override
    public CompletableFuture<Void> append(StoredMessage message) {
        return writer.append(message);
    }

    @Override
    public boolean numbersMessages() {
        return writer.numbersMessages();
    }

    @Override
    public CompletableFuture<Long> appendNumbered(StoredMessage message) {
        if (!writer.numbersMessages()) {
            throw new UnsupportedOperationException("this store's rooms number their own messages (a single node)");
        }
        return writer.appendNumbered(message);
    }

    @Override
    public CompletableFuture<Void> checkWritable() {
        return writer.checkWritable();
    }

    @Override
    public CompletableFuture<Boolean> redact(RoomId room, long seq, String replacement) {
        return writer.redact(room, seq, replacement);
    }

    @Override
    public CompletableFuture<Integer> deleteOlderThan(RoomId room, Instant cutoff, int batch) {
        return writer.deleteOlderThan(room, cutoff, batch);
    }

    @Override
    public CompletableFuture<Void> append(AuditLog.Entry entry) {
        return writer.audit(entry);
    }

    @Override
    public List<AuditLog.Entry> page(String room, long beforeId, int limit) {
        try {
            return database.use(connection -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT id, time_ms, room, actor, action,"
                        + " target_member, target_message, rule, detail FROM audit WHERE room = ? AND id < ?"
                        + " ORDER BY id DESC LIMIT ?")) {
                    select.setString(1, room);
                    select.setLong(2, beforeId);
                    select.setInt(3, limit);
                    List<AuditLog.Entry> page = new ArrayList<>();
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            page.add(new AuditLog.Entry(row.getLong(1), row.getLong(2), row.getString(3),
                                    row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                                    row.getString(8), row.getString(9)));
                        }
                    }
                    return page;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not read the audit log of " + room + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void register(RoomId room, String title, String purpose, Duration retention) {
        try {
            database.use(connection -> {
                try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO rooms (id, title, purpose,"
                        + " retention_seconds) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                        + " purpose = excluded.purpose, retention_seconds = excluded.retention_seconds")) {
                    upsert.setString(1, room.value());
                    upsert.setString(2, title);
                    upsert.setString(3, purpose);
                    upsert.setLong(4, retention.toSeconds());
                    return upsert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not record room " + room + ": " + e.getMessage(), e);
        }
    }

    @Override
    public RoomHistory load(RoomId room, int recent) {
        try {
            return database.use(connection -> {
                long lastSeq;
                try (PreparedStatement select = connection.prepareStatement("SELECT last_seq FROM rooms WHERE id = ?")) {
                    select.setString(1, room.value());
                    try (ResultSet row = select.executeQuery()) {
                        lastSeq = row.next() ? row.getLong(1) : 0;
                    }
                }
                List<StoredMessage> newest = query(connection, SELECT_COLUMNS
                        + " WHERE room = ? ORDER BY seq DESC LIMIT ?", room.value(), recent);
                return new RoomHistory(lastSeq, newest.reversed());
            });
        } catch (SQLException e) {
            throw new StoreException("could not read room " + room + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredMessage> readAfter(RoomId room, long afterSeq, int limit) {
        try {
            return database.use(connection -> query(connection, SELECT_COLUMNS
                    + " WHERE room = ? AND seq > ? ORDER BY seq LIMIT ?", room.value(), afterSeq, limit));
        } catch (SQLException e) {
            throw new StoreException("could not read room " + room + ": " + e.getMessage(), e);
        }
    }

    private static List<StoredMessage> query(java.sql.Connection connection, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<StoredMessage> out = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    out.add(new StoredMessage(new ServerMessage.Message(new RoomId(row.getString(1)), row.getLong(2),
                            row.getString(3), new Handle(row.getString(4)), row.getString(7), row.getLong(8),
                            row.getBoolean(9)), row.getString(5), row.getString(6)));
                }
            }
            return out;
        }
    }

    /** Writes everything already appended, then closes the database. */
    @Override
    public void close() {
        writer.close();
        database.close();
    }
}
