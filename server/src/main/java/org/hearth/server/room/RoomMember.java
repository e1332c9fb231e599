package org.hearth.server.room;

import org.hearth.server.session.Connection;
import org.hearth.server.session.Session;

/**
 * A session's membership of one room: the connection it is reached on (null while away). Owned
 * by the room's thread.
 */
final class RoomMember {
    final Session session;
    Connection connection;
    long awaySinceMillis;
    boolean offDuty; // a moderator who said they are only reading

    RoomMember(Session session, long nowMillis) {
        this.session = session;
        this.awaySinceMillis = nowMillis; // not attached until admitted
    }

    boolean away() {
        return connection == null;
    }
}
