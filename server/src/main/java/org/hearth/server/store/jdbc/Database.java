package org.hearth.server.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.hearth.protocol.RoomId;
import org.hearth.server.store.StoredMessage;

/**
 * What the shared JDBC store needs from one kind of database: its connections, and the few
 * writes that are not the same SQL everywhere. Each backend implements it once; everything else
 * (the group-commit writer, the reads, accounts, mutes, charters, the audit log) is shared.
 *
 * <p>Threading: {@link #use} is called from any thread; the writer's connection, the inserts
 * and the writability check only from the writer thread.
 */
public interface Database extends AutoCloseable {

    /**
     * A new connection for the writer thread, which keeps it until a write on it fails and it no
     * longer answers. Its autocommit mode says whether the writer commits: off for a database
     * whose group commit takes several statements, on when it is one statement.
     */
    Connection openWriter() throws SQLException;

    /** Runs {@code work} on a connection for reads and rare small writes; never the writer's. */
    <T> T use(Work<T> work) throws SQLException;

    /**
     * Inserts the messages (already checked: each room's numbers follow on without a gap) and
     * raises each room's counter to the last number in {@code lastSeqByRoom}, all or nothing.
     */
    void insertMessages(Connection writer, List<StoredMessage> messages, Map<RoomId, Long> lastSeqByRoom)
            throws SQLException;

    /**
     * Returns when this connection may write now; throws a {@link org.hearth.server.store.StoreException}
     * saying why not (a read-only file, a standby server), or the {@link SQLException} of a
     * connection that does not answer.
     */
    void checkWritable(Connection writer) throws SQLException;

    /** Releases the connections {@link #use} hands out; called once the writer has stopped. */
    @Override
    void close();

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Runs {@code work} as one transaction on {@code connection}, whatever its autocommit mode, and commits it. */
    static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try {
            T result = work.apply(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        } finally {
            if (autoCommit) {
                connection.setAutoCommit(true);
            }
        }
    }
}
