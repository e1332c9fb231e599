package org.hearth.server.store.sqlite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.StoredMessage;
import org.hearth.server.store.jdbc.Database;

/**
 * One SQLite file: the writer gets a connection of its own in a transaction it commits (a batch
 * insert and the counters, so one commit for the group); reads and the rare small writes share
 * a second connection, one caller at a time, which WAL lets run beside the writer.
 */
final class SqliteDatabase implements Database {
    private static final String INSERT_MESSAGE = "INSERT INTO messages (room, seq, id, author, member_id, client_msg_id,"
            + " text, time_ms, redacted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String RAISE_COUNTER = "INSERT INTO rooms (id, last_seq) VALUES (?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)";

    private final String url;
    private final boolean powerLossDurable;
    private final Connection reader; // guarded by this

    SqliteDatabase(String url, boolean powerLossDurable) throws SQLException {
        this.url = url;
        this.powerLossDurable = powerLossDurable;
        this.reader = DriverManager.getConnection(url);
        try (Statement pragmas = reader.createStatement()) {
            pragmas.execute("PRAGMA busy_timeout = 5000");
        }
    }

    @Override
    public Connection openWriter() throws SQLException {
        Connection writer = DriverManager.getConnection(url);
        try (Statement pragmas = writer.createStatement()) {
            pragmas.execute("PRAGMA journal_mode = WAL");
            pragmas.execute("PRAGMA synchronous = " + (powerLossDurable ? "FULL" : "NORMAL"));
            pragmas.execute("PRAGMA busy_timeout = 5000");
        }
        writer.setAutoCommit(false);
        return writer;
    }

    @Override
    public synchronized <T> T use(Work<T> work) throws SQLException {
        return work.apply(reader);
    }

    @Override
    public void insertMessages(Connection writer, List<StoredMessage> messages, Map<RoomId, Long> lastSeqByRoom)
            throws SQLException {
        try (PreparedStatement insert = writer.prepareStatement(INSERT_MESSAGE)) {
            for (StoredMessage stored : messages) {
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
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement counter = writer.prepareStatement(RAISE_COUNTER)) {
            for (Map.Entry<RoomId, Long> last : lastSeqByRoom.entrySet()) {
                counter.setString(1, last.getKey().value());
                counter.setLong(2, last.getValue());
                counter.addBatch();
            }
            counter.executeBatch();
        }
    }

    /** The write connection answers and SQLite would let it write (not opened or switched read-only). */
    @Override
    public void checkWritable(Connection writer) throws SQLException {
        try (Statement statement = writer.createStatement(); ResultSet queryOnly = statement.executeQuery("PRAGMA query_only")) {
            if (!queryOnly.next() || queryOnly.getInt(1) != 0 || writer.isReadOnly()) {
                throw new StoreException("the database is read-only");
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            reader.close();
        } catch (SQLException e) {
            // closing: nothing left to lose
        }
    }
}
