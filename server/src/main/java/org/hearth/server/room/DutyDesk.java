package org.hearth.server.room;

import java.util.Collection;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.session.Connection;
import org.hearth.server.session.Session;

/**
 * Whether a moderator is on duty in the room: a moderator of the room who is in it, connected,
 * and has not gone off duty. Members are told when that changes (and on joining); the duty board
 * is kept current for the charter and operators. Owned by the room's thread.
 */
final class DutyDesk {
    private final RoomId room;
    private final Collection<RoomMember> present;
    private final FanOut fanOut;
    private final DutyBoard board;
    private final PulseChanges pulseChanges;
    private boolean onDuty;

    /**
     * @param present the room's members (a live view)
     * @param pulseChanges told when the room's duty changes, for the operators' live view
     */
    DutyDesk(RoomId room, Collection<RoomMember> present, FanOut fanOut, DutyBoard board, PulseChanges pulseChanges) {
        this.room = room;
        this.pulseChanges = pulseChanges;
        this.present = present;
        this.fanOut = fanOut;
        this.board = board;
    }

    /** Recounts after anyone joined, left, dropped or changed duty; tells everyone if the answer changed. */
    void recount() {
        int moderators = 0;
        for (RoomMember member : present) {
            if (member.connection != null && !member.offDuty && HoldDesk.moderates(member.session, room)) {
                moderators++;
            }
        }
        board.post(room, moderators);
        if ((moderators > 0) != onDuty) {
            onDuty = moderators > 0;
            fanOut.broadcast(new ServerMessage.Duty(room, onDuty));
            pulseChanges.changed();
        }
    }

    /** Whether a moderator of the room is in it and on duty now. */
    boolean onDuty() {
        return onDuty;
    }

    /** A member who has just joined learns whether a moderator is on duty. */
    void tell(Connection connection) {
        connection.send(new ServerMessage.Duty(room, onDuty));
    }

    /** A moderator goes on or off duty. */
    void change(RoomMember moderator, ClientMessage.Duty duty) {
        Session session = moderator.session;
        if (!HoldDesk.allowed(session, room, duty.type())) {
            return;
        }
        moderator.offDuty = !duty.onDuty();
        recount();
        session.send(new ServerMessage.Done(room, duty.type(), null, null));
    }
}
