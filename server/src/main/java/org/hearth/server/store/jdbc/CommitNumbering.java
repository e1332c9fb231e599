package org.hearth.server.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.store.StoredMessage;

/**
 * Sequence numbers decided in the commit that stores the messages, for several nodes writing the
 * same rooms: each room's counter is raised by the number of its messages in the batch, and the
 * messages take the numbers the raise returns, all in one transaction. The counter's row stays
 * locked until the commit, so another node's batch for the room waits and numbers after it; the
 * rooms are raised in one order (by name) on every node, so two batches cannot deadlock.
 *
 * <p>Nothing is cached between batches and nothing is ever taken back: with several writers the
 * database's counter is the only truth. A batch whose commit was not answered is checked instead:
 * which of its messages are stored, and under which numbers.
 */
final class CommitNumbering {
    private static final String RAISE = "INSERT INTO rooms (id, last_seq) VALUES (?, ?) ON CONFLICT (id)"
            + " DO UPDATE SET last_seq = rooms.last_seq + excluded.last_seq RETURNING last_seq";
    private static final String STORED_SINCE = "SELECT id, seq FROM messages WHERE room = ? AND time_ms >= ?";

    private final Database database;

    CommitNumbering(Database database) {
        this.database = database;
    }

    /** Numbers and stores the messages in one transaction; they come back numbered, in the order given. */
    List<StoredMessage> commit(Connection writer, List<StoredMessage> unnumbered) throws SQLException {
        Map<String, Integer> countByRoom = new TreeMap<>(); // by name: the one lock order of every node
        for (StoredMessage stored : unnumbered) {
            countByRoom.merge(stored.message().room().value(), 1, Integer::sum);
        }
        return Database.inTransaction(writer, c -> {
            Map<String, Long> nextByRoom = new HashMap<>();
            Map<RoomId, Long> lastByRoom = new LinkedHashMap<>();
            try (PreparedStatement raise = c.prepareStatement(RAISE)) {
                for (Map.Entry<String, Integer> room : countByRoom.entrySet()) {
                    raise.setString(1, room.getKey());
                    raise.setLong(2, room.getValue());
                    try (ResultSet row = raise.executeQuery()) {
                        if (!row.next()) {
                            throw new SQLException("raising the counter of room " + room.getKey() + " returned nothing");
                        }
                        long last = row.getLong(1);
                        nextByRoom.put(room.getKey(), last - room.getValue() + 1);
                        lastByRoom.put(new RoomId(room.getKey()), last);
                    }
                }
            }
            List<StoredMessage> numbered = new ArrayList<>(unnumbered.size());
            for (StoredMessage stored : unnumbered) {
                ServerMessage.Message m = stored.message();
                long seq = nextByRoom.merge(m.room().value(), 1L, Long::sum) - 1;
                numbered.add(new StoredMessage(new ServerMessage.Message(m.room(), seq, m.id(), m.author(), m.text(),
                        m.time(), m.redacted()), stored.memberId(), stored.clientMsgId()));
            }
            database.insertMessages(c, numbered, lastByRoom);
            return numbered;
        });
    }

    /**
     * After a commit whose answer was lost: the numbers under which those of {@code sent} that did
     * get stored are kept, by message id (message ids are unique across nodes). Throws when the
     * database cannot be asked either.
     */
    Map<String, Long> storedOf(List<StoredMessage> sent) throws SQLException {
        Map<String, Long> earliestByRoom = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (StoredMessage stored : sent) {
            earliestByRoom.merge(stored.message().room().value(), stored.message().time(), Math::min);
            ids.add(stored.message().id());
        }
        return database.use(c -> {
            Map<String, Long> found = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(STORED_SINCE)) {
                for (Map.Entry<String, Long> room : earliestByRoom.entrySet()) {
                    select.setString(1, room.getKey());
                    select.setLong(2, room.getValue());
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            if (ids.contains(row.getString(1))) {
                                found.put(row.getString(1), row.getLong(2));
                            }
                        }
                    }
                }
            }
            return found;
        });
    }
}
