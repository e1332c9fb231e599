package org.hearth.server.room;

import java.time.Clock;
import java.time.Duration;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.moderation.filter.SlowModeFilter;
import org.hearth.server.session.Connection;
import org.hearth.server.session.Session;

/**
 * The room's slow mode: starts as its charter says, and moderators turn it on, change it or turn
 * it off by command. Everyone learns each change, and members who join while it is on are told.
 * Owned by the room's thread.
 */
final class SlowModeDesk {
    private final RoomId room;
    private final FanOut fanOut;
    private final RoomAudit audit;
    private final SlowModeFilter filter;
    private int seconds;

    /** @param initial the charter's slow mode (zero: off) */
    SlowModeDesk(RoomId room, Duration initial, Clock clock, FanOut fanOut, RoomAudit audit) {
        this.room = room;
        this.fanOut = fanOut;
        this.audit = audit;
        this.seconds = (int) initial.toSeconds();
        this.filter = new SlowModeFilter(clock, initial);
    }

    /** The filter that refuses a member's post too soon after their last one. */
    SlowModeFilter filter() {
        return filter;
    }

    void change(Session moderator, ClientMessage.Slow slow) {
        if (!HoldDesk.allowed(moderator, room, slow.type())) {
            return;
        }
        reset(Duration.ofSeconds(slow.seconds()));
        audit.record(RoomAudit.actor(moderator), seconds == 0 ? "slow-mode-off" : "slow-mode-on", null, null,
                slow.rule(), seconds == 0 ? null : seconds + "s");
        moderator.send(new ServerMessage.Done(room, slow.type(), null, null));
    }

    /** Sets the interval and tells everyone if it changed. */
    void reset(Duration interval) {
        int next = (int) interval.toSeconds();
        if (next != seconds) {
            seconds = next;
            filter.interval(interval);
            fanOut.broadcast(new ServerMessage.Slowed(room, seconds));
        }
    }

    /** A member who has just joined learns that slow mode is on. */
    void tell(Connection connection) {
        if (seconds > 0) {
            connection.send(new ServerMessage.Slowed(room, seconds));
        }
    }
}
