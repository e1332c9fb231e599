package org.hearth.server.room;

import org.hearth.server.session.Connection;
import org.hearth.server.session.Session;

/**
 * A session's membership of one room: the connection it is reached on (null while away) and
 * what the room remembers of it. Owned by the room's thread.
 */
final class RoomMember {
    final Session session;
    final RecentAcks recentAcks = new RecentAcks();
    Connection connection;
    long awaySinceMillis;

    RoomMember(Session session, Connection connection) {
        this.session = session;
        this.connection = connection;
    }

    boolean away() {
        return connection == null;
    }
}
