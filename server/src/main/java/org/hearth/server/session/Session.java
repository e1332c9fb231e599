package org.hearth.server.session;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.hearth.protocol.CloseCode;
import org.hearth.protocol.Handle;
import org.hearth.server.auth.Principal;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;

/**
 * A pseudonymous member's session: a handle, the rooms it is in, and the connection it is
 * attached to now (none while it is away within the resume grace period). Survives reconnects:
 * a client that says hello with the resume token gets this same session back.
 *
 * <p>Thread-safety: fields are read from event loops and room threads; the connection and the
 * detach time are volatile and changed only through {@link #attach} and {@link #detach}.
 */
public final class Session {
    private final String id;
    private final String resumeToken;
    private final Handle handle;
    private final Principal staff;
    /**
     * A session is in a few rooms at most (limits.rooms-per-session) and changes them rarely:
     * a copy-on-write array is a few dozen bytes where a concurrent hash set is ~300, on every
     * connection, idle or not.
     */
    private final Set<RoomId> rooms = new CopyOnWriteArraySet<>();
    private volatile Connection connection;
    private volatile long detachedAtMillis;

    Session(String id, String resumeToken, Handle handle, Connection connection, Principal staff) {
        this.id = id;
        this.resumeToken = resumeToken;
        this.handle = handle;
        this.staff = staff;
        this.connection = connection;
    }

    public String id() {
        return id;
    }

    public String resumeToken() {
        return resumeToken;
    }

    public Handle handle() {
        return handle;
    }

    /** The signed-in staff member this session belongs to, or null for a member. */
    public Principal staff() {
        return staff;
    }

    /** The rooms this session is a member of. Changed by the rooms themselves. */
    public Set<RoomId> rooms() {
        return rooms;
    }

    /** The attached connection, or null while the member is away. */
    public Connection connection() {
        return connection;
    }

    /** Sends to the attached connection; dropped while the member is away (resume repairs it). */
    public void send(ServerMessage message) {
        Connection current = connection;
        if (current != null) {
            current.send(message);
        }
    }

    /** Attaches a new connection; an older one still attached is closed as resumed elsewhere. */
    synchronized void attach(Connection next) {
        Connection previous = connection;
        connection = next;
        detachedAtMillis = 0;
        if (previous != null && previous != next) {
            previous.close(CloseCode.SESSION_RESUMED_ELSEWHERE);
        }
    }

    /** Detaches the given connection if it is still the attached one; returns whether it was. */
    synchronized boolean detach(Connection gone, long nowMillis) {
        if (connection != gone) {
            return false;
        }
        connection = null;
        detachedAtMillis = nowMillis;
        return true;
    }

    /** Whether the session has been away longer than the grace period. */
    boolean expired(long nowMillis, long graceMillis) {
        return connection == null && nowMillis - detachedAtMillis >= graceMillis;
    }
}
