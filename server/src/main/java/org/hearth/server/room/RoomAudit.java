package org.hearth.server.room;

import java.time.Clock;
import java.util.Locale;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.server.session.Session;
import org.hearth.server.store.AuditLog;

/** Writes a room's moderation decisions to the audit log (durable, append-only). Room thread. */
final class RoomAudit {
    private final RoomId room;
    private final AuditLog log;
    private final Clock clock;

    RoomAudit(RoomId room, AuditLog log, Clock clock) {
        this.room = room;
        this.log = log;
        this.clock = clock;
    }

    /**
     * @param actor {@code filter:NAME}, or a staff member as {@link #actor(Session)} writes it
     * @param member the handle concerned, if any
     * @param message {@code seq:N} or {@code held:ID}, if any
     * @param detail the level, score or other detail, if any
     */
    void record(String actor, String action, Handle member, String message, String rule, String detail) {
        log.append(new AuditLog.Entry(0, clock.millis(), room.value(), actor, action,
                member == null ? null : member.value(), message, rule, detail));
    }

    /** A staff member as an audit actor: {@code moderator:NAME} or {@code operator:NAME}. */
    static String actor(Session staff) {
        return staff.staff().role().name().toLowerCase(Locale.ROOT) + ":" + staff.staff().account().name();
    }
}
