package org.hearth.server.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.store.AuditLog;
import org.hearth.server.store.MessageStore;
import org.hearth.server.store.RoomCatalog;
import org.hearth.server.store.RoomHistory;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.StoredMessage;
import org.hearth.server.store.Stores;

/**
 * Hearth's embedded store: one SQLite file ({@code hearth.db}) in the data folder, in WAL mode.
 * With {@code synchronous=NORMAL} (the default) a committed message survives the process being
 * killed; with {@code FULL} it also survives a power cut, at the price of a sync per commit.
 * Writes go through the {@link GroupCommitWriter}; reads use a second connection, which WAL lets
 * run beside the writer.
 */
public final class SqliteStore implements MessageStore, RoomCatalog, AuditLog {
    static final String INSERT_MESSAGE = "INSERT INTO messages (room, seq, id, author, member_id, client_msg_id, text,"
            + " time_ms, redacted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String RAISE_COUNTER = "INSERT INTO rooms (id, last_seq) VALUES (?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)";
    static final String DELETE_OLDER = "DELETE FROM messages WHERE room = ? AND seq IN (SELECT seq FROM messages"
            + " WHERE room = ? AND time_ms < ? ORDER BY time_ms LIMIT ?)";
    static final String INSERT_AUDIT = "INSERT INTO audit (time_ms, room, actor, action, target_member,"
            + " target_message, rule, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_COLUMNS = "SELECT room, seq, id, author, member_id, client_msg_id, text,"
            + " time_ms, redacted FROM messages";

    private final Connection reader;
    private final GroupCommitWriter writer;

    private SqliteStore(Connection reader, GroupCommitWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * Opens (creating on first run) the database in the configured folder and brings its schema up
     * to date. Fails with a {@link StoreException} that says what is wrong with the folder or file.
     */
    public static Stores open(StoreConfig config) {
        return open(config, StoreMetrics.NONE);
    }

    /** The same, recording each group commit's time and size in {@code metrics}. */
    public static Stores open(StoreConfig config, StoreMetrics metrics) {
        Path folder = config.path().toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("the data folder " + folder + " could not be created (" + e.getMessage()
                    + "); set store.path to a folder Hearth may write to");
        }
        try { // a real write: permission bits say nothing for root, an immutable or read-only mount does
            Files.delete(Files.createTempFile(folder, ".write-check", ".tmp"));
        } catch (IOException e) {
            throw new StoreException("the data folder " + folder + " is read-only (" + e.getMessage()
                    + "); set store.path to a folder Hearth may write to");
        }
        Path file = folder.resolve("hearth.db");
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException("the database " + file + " is read-only; Hearth needs to write to it");
        }
        String url = "jdbc:sqlite:" + file;
        checkReadable(url, file);
        try {
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite")
                    .load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("the database " + file + " could not be opened or brought up to date: "
                    + rootMessage(e) + ". If the file is damaged, move it aside and start again", e);
        }
        try {
            Connection writeConnection = DriverManager.getConnection(url);
            try (Statement pragmas = writeConnection.createStatement()) {
                pragmas.execute("PRAGMA journal_mode = WAL");
                pragmas.execute("PRAGMA synchronous = " + (config.powerLossDurable() ? "FULL" : "NORMAL"));
                pragmas.execute("PRAGMA busy_timeout = 5000");
            }
            writeConnection.setAutoCommit(false);
            Connection readConnection = DriverManager.getConnection(url);
            try (Statement pragmas = readConnection.createStatement()) {
                pragmas.execute("PRAGMA busy_timeout = 5000");
            }
            SqliteStore store = new SqliteStore(readConnection, new GroupCommitWriter(writeConnection, config.maxBatch(), metrics));
            return new Stores(store, store, new SqliteAccountStore(readConnection, store), store,
                    new SqliteMuteStore(readConnection, store), new SqliteCharterStore(readConnection, store));
        } catch (SQLException e) {
            throw new StoreException("the database " + file + " could not be opened: " + e.getMessage(), e);
        }
    }

    /** A damaged file fails here, at start-up and at once, rather than mid-chat or in the migrator's retries. */
    private static void checkReadable(String url, Path file) {
        try (Connection probe = DriverManager.getConnection(url); Statement check = probe.createStatement();
             ResultSet result = check.executeQuery("PRAGMA quick_check")) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new StoreException("the database " + file + " is damaged (" + verdict
                        + "). Move it aside and start again, or restore it from a backup");
            }
        } catch (SQLException e) {
            throw new StoreException("the database " + file + " could not be read: " + e.getMessage()
                    + ". If the file is damaged, move it aside and start again", e);
        }
    }

    @Override
    public CompletableFuture<Void> append(StoredMessage message) {
        return writer.append(message);
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
    public CompletableFuture<Void> append(AuditLog.Entry entry) {
        return writer.audit(entry);
    }

    @Override
    public synchronized List<AuditLog.Entry> page(String room, long beforeId, int limit) {
        try (PreparedStatement select = reader.prepareStatement("SELECT id, time_ms, room, actor, action, target_member,"
                + " target_message, rule, detail FROM audit WHERE room = ? AND id < ? ORDER BY id DESC LIMIT ?")) {
            select.setString(1, room);
            select.setLong(2, beforeId);
            select.setInt(3, limit);
            List<AuditLog.Entry> page = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    page.add(new AuditLog.Entry(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9)));
                }
            }
            return page;
        } catch (SQLException e) {
            throw new StoreException("could not read the audit log of " + room + ": " + e.getMessage(), e);
        }
    }

    @Override
    public CompletableFuture<Integer> deleteOlderThan(RoomId room, Instant cutoff, int batch) {
        return writer.deleteOlderThan(room, cutoff, batch);
    }

    @Override
    public synchronized void register(RoomId room, String title, String purpose, Duration retention) {
        try (PreparedStatement upsert = reader.prepareStatement("INSERT INTO rooms (id, title, purpose, retention_seconds)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                + " purpose = excluded.purpose, retention_seconds = excluded.retention_seconds")) {
            upsert.setString(1, room.value());
            upsert.setString(2, title);
            upsert.setString(3, purpose);
            upsert.setLong(4, retention.toSeconds());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not record room " + room + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized RoomHistory load(RoomId room, int recent) {
        try {
            long lastSeq;
            try (PreparedStatement select = reader.prepareStatement("SELECT last_seq FROM rooms WHERE id = ?")) {
                select.setString(1, room.value());
                try (ResultSet row = select.executeQuery()) {
                    lastSeq = row.next() ? row.getLong(1) : 0;
                }
            }
            List<StoredMessage> newest = query(SELECT_COLUMNS + " WHERE room = ? ORDER BY seq DESC LIMIT ?",
                    room.value(), recent);
            return new RoomHistory(lastSeq, newest.reversed());
        } catch (SQLException e) {
            throw new StoreException("could not read room " + room + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<StoredMessage> readAfter(RoomId room, long afterSeq, int limit) {
        try {
            return query(SELECT_COLUMNS + " WHERE room = ? AND seq > ? ORDER BY seq LIMIT ?", room.value(), afterSeq, limit);
        } catch (SQLException e) {
            throw new StoreException("could not read room " + room + ": " + e.getMessage(), e);
        }
    }

    private List<StoredMessage> query(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = reader.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<StoredMessage> out = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    out.add(new StoredMessage(new ServerMessage.Message(new RoomId(row.getString(1)), row.getLong(2),
                            row.getString(3), new Handle(row.getString(4)), row.getString(7), row.getLong(8),
                            row.getInt(9) != 0), row.getString(5), row.getString(6)));
                }
            }
            return out;
        }
    }

    static void bindMessage(PreparedStatement insert, StoredMessage stored) throws SQLException {
        ServerMessage.Message m = stored.message();
        insert.setString(1, m.room().value());
        insert.setLong(2, m.seq());
        insert.setString(3, m.id());
        insert.setString(4, m.author().value());
        insert.setString(5, stored.memberId());
        insert.setString(6, stored.clientMsgId());
        insert.setString(7, m.text());
        insert.setLong(8, m.time());
        insert.setInt(9, m.redacted() ? 1 : 0);
    }

    /** Writes everything already appended, then closes the database. */
    @Override
    public void close() {
        writer.close();
        synchronized (this) {
            try {
                reader.close();
            } catch (SQLException e) {
                // closing: nothing left to lose
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
