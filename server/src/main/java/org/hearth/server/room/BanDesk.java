package org.hearth.server.room;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.session.Session;

/**
 * Moderators removing members from the room, and keeping banned ones out: a ban holds the
 * member's session (so its resume token too) and its handle for as long as the server runs.
 * Every removal is told to the member with its rule, and audited. Owned by the room's thread.
 */
final class BanDesk {
    private final RoomId room;
    private final Map<String, RoomMember> members;
    private final RoomAudit audit;
    private final Set<String> bannedSessions = new HashSet<>();
    private final Set<String> bannedHandles = new HashSet<>();

    /** @param members the room's members by handle key (a live view) */
    BanDesk(RoomId room, Map<String, RoomMember> members, RoomAudit audit) {
        this.room = room;
        this.members = members;
        this.audit = audit;
    }

    /** Whether the session may not join; if so, it has been told. */
    boolean refuses(Session session, String frame) {
        if (!bannedSessions.contains(session.id()) && !bannedHandles.contains(session.handle().key())) {
            return false;
        }
        session.send(ServerMessage.Error.of(ErrorCode.BANNED, "a moderator has banned you from " + room, frame,
                room.value(), null));
        return true;
    }

    /** Removes (and with ban, keeps out) a member; {@code leaveRoom} takes them out of the room. */
    void remove(Session moderator, ClientMessage.Remove remove, Consumer<RoomMember> leaveRoom) {
        if (!HoldDesk.allowed(moderator, room, remove.type())) {
            return;
        }
        RoomMember member = members.get(remove.handle().key());
        if (remove.ban()) {
            bannedHandles.add(remove.handle().key());
            if (member != null) {
                bannedSessions.add(member.session.id());
            }
        }
        if (member != null) {
            String kind = remove.ban() ? "banned" : "removed";
            member.session.send(new ServerMessage.Notice(room, kind, remove.rule(), "A moderator has " + kind
                    + " you from this room (" + remove.rule() + ")."
                    + (remove.ban() ? "" : " You may come back when you are ready to follow its rules.")));
            member.session.send(new ServerMessage.Left(room));
            leaveRoom.accept(member);
        }
        audit.record(RoomAudit.actor(moderator), remove.ban() ? "banned" : "removed-member", remove.handle(), null,
                remove.rule(), null);
        moderator.send(new ServerMessage.Done(room, remove.type(), remove.handle(), null));
    }
}
