package org.hearth.server.room;

import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.moderation.filter.PauseFilter;
import org.hearth.server.session.Connection;
import org.hearth.server.session.Session;

/**
 * A moderator's pause of the room: while paused, the pause filter refuses every post and members
 * are told why; everyone learns when it starts and ends. Owned by the room's thread.
 */
final class PauseDesk {
    private final RoomId room;
    private final FanOut fanOut;
    private final RoomAudit audit;
    private ServerMessage.Paused state;
    private Verdict.Reject refusal;

    PauseDesk(RoomId room, FanOut fanOut, RoomAudit audit) {
        this.room = room;
        this.fanOut = fanOut;
        this.audit = audit;
        this.state = new ServerMessage.Paused(room, false, null);
    }

    /** The filter that refuses posts while the room is paused. */
    PauseFilter filter() {
        return new PauseFilter(() -> refusal);
    }

    void pause(Session moderator, ClientMessage.Pause pause) {
        if (!HoldDesk.allowed(moderator, room, pause.type())) {
            return;
        }
        state = new ServerMessage.Paused(room, pause.paused(), pause.message());
        refusal = pause.paused() ? PauseFilter.refusal(pause.rule(), pause.message()) : null;
        fanOut.broadcast(state);
        audit.record(RoomAudit.actor(moderator), pause.paused() ? "paused" : "opened", null, null, pause.rule(),
                pause.message());
        moderator.send(new ServerMessage.Done(room, pause.type(), null, null));
    }

    /** A member who has just joined a paused room is told so. */
    void tell(Connection connection) {
        if (state.paused()) {
            connection.send(state);
        }
    }
}
