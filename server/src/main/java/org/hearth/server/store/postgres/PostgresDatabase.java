package org.hearth.server.store.postgres;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.Connection;
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
 * A PostgreSQL server through a HikariCP pool. The writer keeps one pooled connection in
 * autocommit mode: a group commit is a single statement (the messages as arrays, unnested, and
 * the counters raised in the same statement), so it is one round trip and one transaction.
 * Reads borrow a connection per call.
 */
final class PostgresDatabase implements Database {
    private static final String INSERT_MESSAGES = "WITH added AS (INSERT INTO messages (room, seq, id, author, member_id,"
            + " client_msg_id, text, time_ms, redacted) SELECT * FROM unnest(?::text[], ?::bigint[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::boolean[]) RETURNING room, seq)"
            + " INSERT INTO rooms (id, last_seq) SELECT room, max(seq) FROM added GROUP BY room"
            + " ON CONFLICT (id) DO UPDATE SET last_seq = GREATEST(rooms.last_seq, excluded.last_seq)";

    private final HikariDataSource pool;

    PostgresDatabase(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection openWriter() throws SQLException {
        Connection writer = pool.getConnection();
        writer.setAutoCommit(true);
        return writer;
    }

    @Override
    public <T> T use(Work<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return work.apply(connection);
        }
    }

    @Override
    public void insertMessages(Connection writer, List<StoredMessage> messages, Map<RoomId, Long> lastSeqByRoom)
            throws SQLException {
        int n = messages.size();
        String[] rooms = new String[n];
        Long[] seqs = new Long[n];
        String[] ids = new String[n];
        String[] authors = new String[n];
        String[] memberIds = new String[n];
        String[] clientMsgIds = new String[n];
        String[] texts = new String[n];
        Long[] times = new Long[n];
        Boolean[] redacted = new Boolean[n];
        for (int i = 0; i < n; i++) {
            StoredMessage stored = messages.get(i);
            ServerMessage.Message m = stored.message();
            rooms[i] = m.room().value();
            seqs[i] = m.seq();
            ids[i] = m.id();
            authors[i] = m.author().value();
            memberIds[i] = stored.memberId();
            clientMsgIds[i] = stored.clientMsgId();
            texts[i] = m.text();
            times[i] = m.time();
            redacted[i] = m.redacted();
        }
        try (PreparedStatement insert = writer.prepareStatement(INSERT_MESSAGES)) {
            Array[] columns = {writer.createArrayOf("text", rooms), writer.createArrayOf("int8", seqs),
                writer.createArrayOf("text", ids), writer.createArrayOf("text", authors),
                writer.createArrayOf("text", memberIds), writer.createArrayOf("text", clientMsgIds),
                writer.createArrayOf("text", texts), writer.createArrayOf("int8", times),
                writer.createArrayOf("bool", redacted)};
            for (int i = 0; i < columns.length; i++) {
                insert.setArray(i + 1, columns[i]);
            }
            insert.executeUpdate();
        }
    }

    /** The connection answers and the server takes writes (not a standby, not read-only by default). */
    @Override
    public void checkWritable(Connection writer) throws SQLException {
        try (Statement statement = writer.createStatement();
             ResultSet readOnly = statement.executeQuery("SHOW transaction_read_only")) {
            if (!readOnly.next() || !"off".equals(readOnly.getString(1))) {
                throw new StoreException("the PostgreSQL server is read-only (a standby, or default_transaction_read_only)");
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
