package org.hearth.server.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.hearth.server.store.AuditLog;

/** The writer's writes other than appends, each one statement in a transaction of its own. */
final class SmallWrites {
    private static final String DELETE_OLDER = "DELETE FROM messages WHERE room = ? AND seq IN (SELECT seq FROM messages"
            + " WHERE room = ? AND time_ms < ? ORDER BY time_ms LIMIT ?)";
    private static final String INSERT_AUDIT = "INSERT INTO audit (time_ms, room, actor, action, target_member,"
            + " target_message, rule, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private SmallWrites() {
    }

    static Integer delete(Connection writer, WriterTask.Delete delete) throws SQLException {
        try (PreparedStatement statement = writer.prepareStatement(DELETE_OLDER)) {
            statement.setString(1, delete.room().value());
            statement.setString(2, delete.room().value());
            statement.setLong(3, delete.cutoff().toEpochMilli());
            statement.setInt(4, delete.batch());
            return statement.executeUpdate();
        }
    }

    static Boolean redact(Connection writer, WriterTask.Redact redact) throws SQLException {
        try (PreparedStatement update = writer.prepareStatement(
                "UPDATE messages SET text = ?, redacted = TRUE WHERE room = ? AND seq = ?")) {
            update.setString(1, redact.replacement());
            update.setString(2, redact.room().value());
            update.setLong(3, redact.seq());
            return update.executeUpdate() > 0;
        }
    }

    static Void audit(Connection writer, WriterTask.Audit audit) throws SQLException {
        AuditLog.Entry e = audit.entry();
        try (PreparedStatement insert = writer.prepareStatement(INSERT_AUDIT)) {
            insert.setLong(1, e.timeMillis());
            insert.setString(2, e.room());
            insert.setString(3, e.actor());
            insert.setString(4, e.action());
            insert.setString(5, e.targetMember());
            insert.setString(6, e.targetMessage());
            insert.setString(7, e.rule());
            insert.setString(8, e.detail());
            insert.executeUpdate();
            return null;
        }
    }
}
