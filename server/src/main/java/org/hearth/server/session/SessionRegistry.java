package org.hearth.server.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.protocol.Handle;
import org.hearth.server.auth.Principal;

/**
 * All sessions, found by resume token. A session whose member is away longer than the grace
 * period is forgotten at the next {@link #sweep}; its token then no longer resumes anything.
 *
 * <p>Thread-safe: called from every event loop.
 */
public final class SessionRegistry {
    private static final Base64.Encoder TOKEN_ENCODING = Base64.getUrlEncoder().withoutPadding();

    private final Map<String, Session> byToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final long graceMillis;

    public SessionRegistry(Clock clock, Duration resumeGrace) {
        this.clock = clock;
        this.graceMillis = resumeGrace.toMillis();
    }

    /** Opens a new session attached to {@code connection}; {@code staff} is null for a member. */
    public Session open(Handle handle, Connection connection, Principal staff) {
        Session session = new Session(randomId(12), randomId(24), handle, connection, staff);
        byToken.put(session.resumeToken(), session);
        return session;
    }

    /**
     * Resumes the session with this token on {@code connection}, or returns null when the token is
     * unknown or its grace period has passed.
     */
    public Session resume(String resumeToken, Connection connection) {
        Session session = byToken.get(resumeToken);
        if (session == null || session.expired(clock.millis(), graceMillis)) {
            return null;
        }
        session.attach(connection);
        return session;
    }

    /** Records that the connection went away; starts the grace period if it was the session's current one. */
    public void disconnected(Session session, Connection connection) {
        session.detach(connection, clock.millis());
    }

    /** Forgets every session away longer than the grace period and returns them. */
    public List<Session> sweep() {
        long now = clock.millis();
        List<Session> expired = new ArrayList<>();
        byToken.values().removeIf(session -> {
            boolean gone = session.expired(now, graceMillis);
            if (gone) {
                expired.add(session);
            }
            return gone;
        });
        return expired;
    }

    public int size() {
        return byToken.size();
    }

    /** At least 128 random bits, URL-safe: 24 bytes give 192 bits in 32 characters. */
    private String randomId(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return TOKEN_ENCODING.encodeToString(raw);
    }
}
