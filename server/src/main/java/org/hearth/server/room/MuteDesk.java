package org.hearth.server.room;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.moderation.MuteList;
import org.hearth.server.session.Session;
import org.hearth.server.store.MuteStore;

/**
 * A room's mutes: moderators' mute and unmute commands, the list the mute filter reads, and
 * keeping them in the store so a mute outlives reconnects and restarts. Every mute is audited and
 * told to the member with its rule and length. Owned by the room's thread; store writes run on
 * the store executor.
 */
final class MuteDesk {
    private final RoomId room;
    private final RoomCharter charter;
    private final RoomServices services;
    private final Map<String, RoomMember> members;
    private final RoomAudit audit;
    private final MuteList list = new MuteList();

    /** @param members the room's members by handle key (a live view) */
    MuteDesk(RoomId room, RoomCharter charter, RoomServices services, Map<String, RoomMember> members, RoomAudit audit) {
        this.room = room;
        this.charter = charter;
        this.services = services;
        this.members = members;
        this.audit = audit;
    }

    MuteList list() {
        return list;
    }

    /** Loads the mutes still in force (blocking: start-up only). */
    void restore(long nowMillis) {
        for (MuteStore.StoredMute mute : services.mutes().active(room.value(), nowMillis)) {
            list.mute(mute.handleKey(), new MuteList.Mute(Instant.ofEpochMilli(mute.untilMillis()), mute.rule()));
        }
    }

    void mute(Session moderator, ClientMessage.Mute mute) {
        if (!HoldDesk.allowed(moderator, room, mute.type())) {
            return;
        }
        Instant until = services.clock().instant().plus(Duration.ofMinutes(mute.minutes()));
        String key = mute.handle().key();
        list.mute(key, new MuteList.Mute(until, mute.rule()));
        services.storeReads().execute(() -> services.mutes().put(room.value(),
                new MuteStore.StoredMute(key, until.toEpochMilli(), mute.rule())));
        audit.record(RoomAudit.actor(moderator), "muted", mute.handle(), null, mute.rule(), "until " + until);
        tell(mute.handle(), new ServerMessage.Notice(room, "muted", mute.rule(), "A moderator has muted you in "
                + charter.summary().title() + " for " + mute.minutes() + " minutes (" + mute.rule()
                + "). You can still read; you can write again after that.", until.toEpochMilli()));
        moderator.send(new ServerMessage.Done(room, mute.type(), mute.handle(), until.toEpochMilli()));
    }

    void unmute(Session moderator, ClientMessage.Unmute unmute) {
        if (!HoldDesk.allowed(moderator, room, unmute.type())) {
            return;
        }
        String key = unmute.handle().key();
        list.unmute(key);
        services.storeReads().execute(() -> services.mutes().remove(room.value(), key));
        audit.record(RoomAudit.actor(moderator), "unmuted", unmute.handle(), null, unmute.rule(), null);
        tell(unmute.handle(), new ServerMessage.Notice(room, "unmuted", unmute.rule(),
                "A moderator has lifted your mute in " + charter.summary().title() + ". You can write again."));
        moderator.send(new ServerMessage.Done(room, unmute.type(), unmute.handle(), null));
    }

    /** Sends a private frame to the member with this handle, if present. */
    private void tell(Handle handle, ServerMessage frame) {
        RoomMember member = members.get(handle.key());
        if (member != null) {
            member.session.send(frame);
        }
    }
}
