package org.hearth.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * Frames the server sends. Each is a JSON text frame whose {@code type} field names the record;
 * absent optional fields are left out of the JSON rather than sent as null.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ServerMessage.Welcome.class, name = "welcome"),
    @JsonSubTypes.Type(value = ServerMessage.Joined.class, name = "joined"),
    @JsonSubTypes.Type(value = ServerMessage.Left.class, name = "left"),
    @JsonSubTypes.Type(value = ServerMessage.Ack.class, name = "ack"),
    @JsonSubTypes.Type(value = ServerMessage.Message.class, name = "message"),
    @JsonSubTypes.Type(value = ServerMessage.Presence.class, name = "presence"),
    @JsonSubTypes.Type(value = ServerMessage.Notice.class, name = "notice"),
    @JsonSubTypes.Type(value = ServerMessage.Error.class, name = "error"),
    @JsonSubTypes.Type(value = ServerMessage.Held.class, name = "held"),
    @JsonSubTypes.Type(value = ServerMessage.Resolved.class, name = "resolved"),
    @JsonSubTypes.Type(value = ServerMessage.Done.class, name = "done"),
    @JsonSubTypes.Type(value = ServerMessage.Redacted.class, name = "redacted"),
    @JsonSubTypes.Type(value = ServerMessage.Flagged.class, name = "flagged"),
    @JsonSubTypes.Type(value = ServerMessage.Duty.class, name = "duty"),
    @JsonSubTypes.Type(value = ServerMessage.Paused.class, name = "paused"),
    @JsonSubTypes.Type(value = ServerMessage.Alert.class, name = "alert"),
    @JsonSubTypes.Type(value = ServerMessage.Slowed.class, name = "slowed"),
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ServerMessage {

    /**
     * The answer to {@code hello}: the session is open.
     *
     * @param sessionId an opaque id of this session (not a secret)
     * @param resumeToken the secret to send in a later {@code hello} to resume this session
     * @param handle the member's handle
     * @param resumed true when an earlier session was resumed; its rooms are in {@code rooms}
     * @param rooms the rooms the session is a member of (empty for a new session); re-join each
     *     with {@code lastSeq} to get what was missed
     */
    record Welcome(String sessionId, String resumeToken, Handle handle, boolean resumed, List<RoomId> rooms)
            implements ServerMessage {
        public Welcome {
            rooms = List.copyOf(rooms);
        }
    }

    /**
     * The answer to {@code join}.
     *
     * @param room the room joined
     * @param charter the room's title and purpose
     * @param members the handles present now, this member included
     * @param history messages in sequence order: after {@code lastSeq} when the join gave one,
     *     else the most recent ones the room keeps
     * @param headSeq the room's latest sequence number (0 when it has none yet)
     * @param reset true when the join asked for messages after a {@code lastSeq} that the room no
     *     longer keeps: the client must drop what it shows and show {@code history} instead
     */
    record Joined(RoomId room, RoomSummary charter, List<Handle> members, List<Message> history,
                  long headSeq, boolean reset) implements ServerMessage {
        public Joined {
            members = List.copyOf(members);
            history = List.copyOf(history);
        }
    }

    /**
     * The answer to {@code leave}.
     *
     * @param room the room left
     */
    record Left(RoomId room) implements ServerMessage {
    }

    /**
     * What became of a {@code send}, for its author alone.
     *
     * @param room the room it was sent to
     * @param clientMsgId the client's id of the message
     * @param status {@code sent} (it has sequence {@code seq} and went to the room), {@code held}
     *     (kept back for a moderator), or {@code rejected} (not posted)
     * @param seq the sequence number, when sent
     * @param code the error code, when held or rejected
     * @param rule the name of the rule that held or rejected it
     * @param reason a plain sentence for the member, when held or rejected
     */
    record Ack(RoomId room, String clientMsgId, AckStatus status, Long seq, Integer code, String rule,
               String reason) implements ServerMessage {
        public static Ack sent(RoomId room, String clientMsgId, long seq) {
            return new Ack(room, clientMsgId, AckStatus.SENT, seq, null, null, null);
        }

        public static Ack notSent(RoomId room, String clientMsgId, AckStatus status, ErrorCode code,
                                  String rule, String reason) {
            return new Ack(room, clientMsgId, status, null, code.code(), rule, reason);
        }
    }

    /** What became of a sent message. */
    enum AckStatus {
        @JsonProperty("sent") SENT,
        @JsonProperty("held") HELD,
        @JsonProperty("rejected") REJECTED
    }

    /**
     * A message in a room, in sequence order, the same bytes for every member.
     *
     * @param room the room
     * @param seq the room's sequence number for it: 1, 2, 3, ... with no gaps
     * @param id the server's unique id of the message
     * @param author the author's handle
     * @param text the text, with any redacted details already replaced
     * @param time when the server accepted it, in milliseconds since the epoch (UTC)
     * @param redacted true when part of the text was redacted
     */
    record Message(RoomId room, long seq, String id, Handle author, String text, long time, boolean redacted)
            implements ServerMessage {
    }

    /**
     * Someone joined or left a room.
     *
     * @param room the room
     * @param handle who joined or left
     * @param event {@code joined} or {@code left}
     * @param count how many members are present now
     */
    record Presence(RoomId room, Handle handle, PresenceEvent event, int count) implements ServerMessage {
    }

    /** What a presence frame reports. */
    enum PresenceEvent {
        @JsonProperty("joined") JOINED,
        @JsonProperty("left") LEFT
    }

    /**
     * A private notice for one member, shown apart from the room's messages: details redacted
     * from their message, support resources, a nudge. Moderation adds kinds; clients show unknown
     * kinds as plain text.
     *
     * @param room the room it concerns
     * @param kind what the notice is about, for example {@code redacted}
     * @param rule the rule behind it, if any
     * @param text the notice, in plain words
     * @param until for {@code muted}: when the mute ends, ms since the epoch (UTC); else absent
     */
    record Notice(RoomId room, String kind, String rule, String text, Long until) implements ServerMessage {
        /** A notice about nothing that ends. */
        public Notice(RoomId room, String kind, String rule, String text) {
            this(room, kind, rule, text, null);
        }
    }

    /**
     * A client frame could not be handled.
     *
     * @param code the stable error code (see {@link ErrorCode} for ranges)
     * @param reason the code's name, for example {@code TEXT_TOO_LONG}
     * @param message a plain sentence saying what was wrong and what would be right
     * @param ref the {@code type} of the client frame it refers to, when known
     * @param room the room the frame named, when known
     * @param clientMsgId the clientMsgId the frame carried, when known
     */
    record Error(int code, String reason, String message, String ref, String room, String clientMsgId)
            implements ServerMessage {
        public static Error of(ErrorCode code, String message, String ref, String room, String clientMsgId) {
            return new Error(code.code(), code.name(), message, ref, room, clientMsgId);
        }
    }

    /**
     * For the room's moderators: a message waits for a decision. Sent when it is held, and for
     * every waiting one when a moderator joins the room, most urgent first.
     *
     * @param room the room
     * @param heldId the id to approve or decline it by
     * @param author the author's handle
     * @param text the text as the filters left it (redactions applied)
     * @param rule the rule that held it
     * @param level the triage level: {@code none}, {@code watch}, {@code urgent} or {@code crisis}
     * @param reason what its author was told
     * @param time when it was sent, in milliseconds since the epoch (UTC)
     */
    record Held(RoomId room, String heldId, Handle author, String text, String rule, String level, String reason,
                long time) implements ServerMessage {
    }

    /**
     * For the room's moderators: a held message was decided.
     *
     * @param room the room
     * @param heldId the held message's id
     * @param outcome {@code approved} or {@code declined}
     * @param by the name of the moderator who decided
     * @param seq the sequence number it was posted with, when approved
     */
    record Resolved(RoomId room, String heldId, String outcome, String by, Long seq) implements ServerMessage {
    }

    /**
     * For the moderator who sent a command: it was carried out. (A refused command gets an
     * {@code error} instead.)
     *
     * @param room the room
     * @param action the command's type, for example {@code mute}
     * @param handle the member it concerned, if any
     * @param until when its effect ends, in ms since the epoch, if it has an end
     */
    record Done(RoomId room, String action, Handle handle, Long until) implements ServerMessage {
    }

    /**
     * A moderator removed a posted message: show {@code text} in its place. Sent to everyone in
     * the room, and again after {@code joined} to a member who comes back, for each removed
     * message it may still show.
     *
     * @param room the room
     * @param seq the message's sequence number
     * @param rule the rule it broke
     * @param text what to show instead, for example {@code removed by a moderator: rule-2}
     */
    record Redacted(RoomId room, long seq, String rule, String text) implements ServerMessage {
    }

    /**
     * For the room's moderators: a member flagged a message.
     *
     * @param room the room
     * @param seq the flagged message's sequence number
     * @param author the flagged message's author
     * @param text the flagged message's text as members see it
     * @param by who flagged it
     * @param reason their words, if any
     */
    record Flagged(RoomId room, long seq, Handle author, String text, Handle by, String reason)
            implements ServerMessage {
    }

    /**
     * Whether a moderator is on duty in the room: sent to every member after {@code joined}, and
     * to everyone in the room whenever it changes.
     *
     * @param room the room
     * @param onDuty true while at least one of the room's moderators is in it and on duty
     */
    record Duty(RoomId room, boolean onDuty) implements ServerMessage {
    }

    /**
     * The room was paused (members read, nobody posts) or opened again: sent to everyone in the
     * room, and after {@code joined} while it is paused.
     *
     * @param room the room
     * @param paused whether it is paused now
     * @param message the moderator's words, if any
     */
    record Paused(RoomId room, boolean paused, String message) implements ServerMessage {
    }

    /**
     * For the room's moderators: a safety filter let a message through but wants a human to know,
     * for example a post that shows some risk, or a member whose posts together could identify
     * them. Held messages come as {@code held} instead.
     *
     * @param room the room
     * @param kind what it is about: {@code risk}, {@code disclosure}, ...
     * @param rule the rule behind it
     * @param level triage level: {@code none}, {@code watch}, {@code urgent} or {@code crisis}
     * @param about the member it concerns
     * @param seq the message it concerns, as posted
     * @param text what the filter found, in plain words (never the details themselves)
     */
    record Alert(RoomId room, String kind, String rule, String level, Handle about, long seq, String text)
            implements ServerMessage {
    }

    /**
     * The room's slow mode changed: sent to everyone in the room, and after {@code joined} while
     * slow mode is on.
     *
     * @param room the room
     * @param seconds the least time between one member's posts; 0 when slow mode is off
     */
    record Slowed(RoomId room, int seconds) implements ServerMessage {
    }
}
