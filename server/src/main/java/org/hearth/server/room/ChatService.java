package org.hearth.server.room;

import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.server.auth.Principal;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.session.Connection;
import org.hearth.server.session.Session;
import org.hearth.server.session.SessionRegistry;

/**
 * Where the transport hands over what members send, already decoded and validated. Finds the
 * session or room and queues the work on the room's thread. Thread-safe: called from every event
 * loop.
 */
public final class ChatService {
    private final RoomRegistry rooms;
    private final SessionRegistry sessions;

    public ChatService(RoomRegistry rooms, SessionRegistry sessions) {
        this.rooms = rooms;
        this.sessions = sessions;
    }

    /**
     * Opens a session, or resumes the one the token names, and welcomes it. An unknown or expired
     * token opens a new session with the handle asked for ({@code resumed: false}).
     *
     * @param staff the signed-in staff member on this connection, or null for a member
     */
    public Session hello(Connection connection, ClientMessage.Hello hello, Principal staff) {
        Session session = hello.resumeToken() == null ? null : sessions.resume(hello.resumeToken(), connection);
        boolean resumed = session != null;
        if (!resumed) {
            session = sessions.open(hello.handle(), connection, staff);
        }
        List<RoomId> memberOf = List.copyOf(session.rooms());
        connection.send(new ServerMessage.Welcome(session.id(), session.resumeToken(), session.handle(), resumed,
                memberOf));
        return session;
    }

    public void join(Session session, Connection connection, ClientMessage.Join join) {
        Room room = roomFor(session, join, join.room(), null);
        if (room != null) {
            room.join(session, connection, join);
        }
    }

    public void leave(Session session, ClientMessage.Leave leave) {
        Room room = roomFor(session, leave, leave.room(), null);
        if (room != null) {
            room.leave(session, leave);
        }
    }

    public void send(Session session, ClientMessage.Send send) {
        Room room = roomFor(session, send, send.room(), send.clientMsgId());
        if (room != null) {
            room.post(session, send);
        }
    }

    /** A moderator's command or a member's flag about one room. */
    public void command(Session session, ClientMessage.RoomCommand command) {
        Room room = roomFor(session, command, command.room(), null);
        if (room != null) {
            room.command(session, command);
        }
    }

    /**
     * The connection closed: the session's rooms keep its place for the grace period. Every room
     * is told, even when the session has already moved to a newer connection, because a room may
     * still hold this one until the client re-joins there.
     */
    public void disconnected(Session session, Connection connection) {
        sessions.disconnected(session, connection);
        for (RoomId id : session.rooms()) {
            Room room = rooms.get(id);
            if (room != null) {
                room.away(session, connection);
            }
        }
    }

    /** Forgets sessions and room places whose grace period has passed. Call it every second or so. */
    public void sweep() {
        sessions.sweep();
        for (Room room : rooms.all()) {
            room.sweep();
        }
    }

    /** The room a frame names, or null after telling the session there is no such room. */
    private Room roomFor(Session session, ClientMessage frame, RoomId id, String clientMsgId) {
        Room room = rooms.get(id);
        if (room == null) {
            session.send(ServerMessage.Error.of(ErrorCode.NO_SUCH_ROOM, "there is no room called " + id, frame.type(),
                    id.value(), clientMsgId));
        }
        return room;
    }
}
