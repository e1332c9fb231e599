package org.hearth.server.room;

import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.metrics.RoomMetrics;
import org.hearth.server.session.Session;

/**
 * A member's "flag this post": the moderators present get the message and the reason at once,
 * the member is told they were told (and whether one is here now), and the flag is audited.
 * Owned by the room's thread.
 */
final class FlagDesk {
    private final RoomId room;
    private final HistoryWindow history;
    private final HoldDesk moderators;
    private final DutyBoard duty;
    private final RoomAudit audit;
    private final RoomMetrics metrics;

    FlagDesk(RoomId room, HistoryWindow history, HoldDesk moderators, DutyBoard duty, RoomAudit audit, RoomMetrics metrics) {
        this.metrics = metrics;
        this.room = room;
        this.history = history;
        this.moderators = moderators;
        this.duty = duty;
        this.audit = audit;
    }

    /** @param flagger a member of the room (the room checked) */
    void flag(Session flagger, ClientMessage.Flag flag) {
        ServerMessage.Message message = history.get(flag.seq());
        if (message == null) {
            flagger.send(ServerMessage.Error.of(ErrorCode.NO_SUCH_MESSAGE, "there is no recent message " + flag.seq()
                    + " in " + room + " to flag", flag.type(), room.value(), null));
            return;
        }
        metrics.flagged();
        moderators.toModerators(new ServerMessage.Flagged(room, message.seq(), message.author(), message.text(),
                flagger.handle(), flag.reason()));
        audit.record("member:" + flagger.handle().value(), "flagged", message.author(), "seq:" + message.seq(), null,
                flag.reason());
        String text = duty.onDuty(room)
                ? "Thank you. The moderators have been told, and one is in the room now."
                : "Thank you. The moderators have been told; none is in the room right now, so they will see it as soon as one is.";
        flagger.send(new ServerMessage.Notice(room, "flagged", null, text));
    }
}
