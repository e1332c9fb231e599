package org.hearth.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Frames a client sends. Each is a JSON text frame whose {@code type} field names the record.
 * Values are validated in the compact constructors, so a decoded frame is always well formed;
 * limits that depend on configuration (text length) are checked by the codec.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ClientMessage.Hello.class, name = "hello"),
    @JsonSubTypes.Type(value = ClientMessage.Join.class, name = "join"),
    @JsonSubTypes.Type(value = ClientMessage.Leave.class, name = "leave"),
    @JsonSubTypes.Type(value = ClientMessage.Send.class, name = "send"),
    @JsonSubTypes.Type(value = ClientMessage.Approve.class, name = "approve"),
    @JsonSubTypes.Type(value = ClientMessage.Decline.class, name = "decline"),
    @JsonSubTypes.Type(value = ClientMessage.Mute.class, name = "mute"),
    @JsonSubTypes.Type(value = ClientMessage.Unmute.class, name = "unmute"),
    @JsonSubTypes.Type(value = ClientMessage.Redact.class, name = "redact"),
    @JsonSubTypes.Type(value = ClientMessage.Flag.class, name = "flag"),
    @JsonSubTypes.Type(value = ClientMessage.Duty.class, name = "duty"),
    @JsonSubTypes.Type(value = ClientMessage.Pause.class, name = "pause"),
    @JsonSubTypes.Type(value = ClientMessage.Slow.class, name = "slow"),
    @JsonSubTypes.Type(value = ClientMessage.Remove.class, name = "remove"),
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ClientMessage {

    /** The wire name of this frame's type, as in its {@code type} field. */
    String type();

    /**
     * A command about one room other than joining, leaving and posting: the moderators' actions
     * and a member's flag. The room itself checks who may send which.
     */
    sealed interface RoomCommand extends ClientMessage
            permits Approve, Decline, Mute, Unmute, Redact, Flag, Duty, Pause, Slow, Remove {
        /** The room the command is about. */
        RoomId room();
    }

    /**
     * Opens a session: the first frame on every connection.
     *
     * @param handle the pseudonym to use
     * @param resumeToken a token from an earlier {@code welcome}, to come back as the same
     *     member with the same rooms; null for a new session
     */
    record Hello(Handle handle, String resumeToken) implements ClientMessage {
        public Hello {
            if (handle == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "hello needs a handle");
            }
            if (resumeToken != null && !ResumeTokens.hasValidShape(resumeToken)) {
                throw new ProtocolViolation(ErrorCode.INVALID_FIELD,
                        "resumeToken is not a token this server issued (expected: the resumeToken of a welcome frame)");
            }
        }

        @Override
        public String type() {
            return "hello";
        }
    }

    /**
     * Joins a room, or re-joins it after a reconnect.
     *
     * @param room the room to join
     * @param lastSeq the last sequence number this client saw in the room; the server then sends
     *     exactly the messages after it (or a reset if they are no longer kept). Null for a first
     *     join, which gets the recent history.
     */
    record Join(RoomId room, Long lastSeq) implements ClientMessage {
        public Join {
            if (room == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "join needs a room");
            }
            if (lastSeq != null && lastSeq < 0) {
                throw new ProtocolViolation(ErrorCode.INVALID_FIELD,
                        "lastSeq is " + lastSeq + " (expected: >= 0)");
            }
        }

        @Override
        public String type() {
            return "join";
        }
    }

    /**
     * Leaves a room.
     *
     * @param room the room to leave
     */
    record Leave(RoomId room) implements ClientMessage {
        public Leave {
            if (room == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "leave needs a room");
            }
        }

        @Override
        public String type() {
            return "leave";
        }
    }

    /**
     * Posts a message to a joined room.
     *
     * @param room the room to post to
     * @param clientMsgId the client's own id for this message, 1–64 of A-Z a-z 0-9 '_' '-' '.' ':';
     *     resending the same id (after a reconnect) is acknowledged again, never posted twice
     * @param text the message text; not empty, at most the server's text limit (default 4,000
     *     characters)
     */
    record Send(RoomId room, String clientMsgId, String text) implements ClientMessage {
        public static final int MAX_CLIENT_MSG_ID_LENGTH = 64;

        public Send {
            if (room == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "send needs a room");
            }
            if (clientMsgId == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "send needs a clientMsgId");
            }
            if (!CommandFields.isValidClientMsgId(clientMsgId)) {
                throw new ProtocolViolation(ErrorCode.INVALID_CLIENT_MESSAGE_ID,
                        "clientMsgId is not allowed (expected: 1-" + MAX_CLIENT_MSG_ID_LENGTH
                                + " of A-Z, a-z, 0-9, '_', '-', '.', ':')");
            }
            if (text == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "send needs a text");
            }
            if (hasUnpairedSurrogate(text)) {
                throw new ProtocolViolation(ErrorCode.INVALID_FIELD,
                        "text is not valid Unicode: it has a lone surrogate (expected: whole characters)");
            }
            if (!hasVisibleCharacter(text)) {
                throw new ProtocolViolation(ErrorCode.EMPTY_TEXT, "text is empty (expected: at least one visible character)");
            }
            CommandFields.checkNoNul(text, "text");
        }

        /** A lone UTF-16 surrogate would be stored and broadcast as a character no one can see. */
        private static boolean hasUnpairedSurrogate(String text) {
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the text has a character other than white space, a space separator (no-break
         * spaces included), a control or an invisible format character (zero-width space, ...).
         * {@link String#isBlank()} alone lets a text of no-break spaces through.
         */
        private static boolean hasVisibleCharacter(String text) {
            for (int i = 0, n = text.length(); i < n; ) {
                int cp = text.codePointAt(i);
                int kind = Character.getType(cp);
                if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                        && kind != Character.CONTROL && kind != Character.FORMAT) {
                    return true;
                }
                i += Character.charCount(cp);
            }
            return false;
        }

        @Override
        public String type() {
            return "send";
        }
    }

    /**
     * A moderator lets a held message into the room. Only a moderator of the room (or an
     * operator) may; anyone else gets FORBIDDEN and nothing happens.
     *
     * @param room the room the message was held in
     * @param heldId the id from the {@code held} frame
     * @param text the moderator's edit of the message to post instead (edit-and-approve), or null
     *     to post it as it is; the same text limits as {@code send}
     * @param rule the rule behind an edit (required with {@code text})
     */
    record Approve(RoomId room, String heldId, String text, String rule) implements RoomCommand {
        public Approve {
            if (room == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "approve needs a room");
            }
            CommandFields.checkHeldId(heldId, "approve");
            if (text != null) {
                if (text.isBlank()) {
                    throw new ProtocolViolation(ErrorCode.EMPTY_TEXT, "text is empty (expected: the edited message)");
                }
                CommandFields.checkNoNul(text, "text");
                CommandFields.checkRule(rule, "an edited approve");
            } else if (rule != null) {
                CommandFields.checkRule(rule, "approve");
            }
        }

        /** Approves the message as it is. */
        public Approve(RoomId room, String heldId) {
            this(room, heldId, null, null);
        }

        @Override
        public String type() {
            return "approve";
        }
    }

    /**
     * A moderator keeps a held message out of the room, naming the rule; its author is told.
     *
     * @param room the room the message was held in
     * @param heldId the id from the {@code held} frame
     * @param rule the room rule behind the decision, for example {@code rule-2}
     * @param reason optional words for the author
     */
    record Decline(RoomId room, String heldId, String rule, String reason) implements RoomCommand {
        public static final int MAX_REASON_LENGTH = 500;

        public Decline {
            if (room == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "decline needs a room");
            }
            CommandFields.checkHeldId(heldId, "decline");
            CommandFields.checkRule(rule, "decline");
            CommandFields.checkOptionalText(reason, "reason", MAX_REASON_LENGTH);
        }

        @Override
        public String type() {
            return "decline";
        }
    }

    /**
     * A moderator mutes a member of the room for a while: the member may read but not post. The
     * mute follows the member's handle across reconnects and server restarts until it ends.
     *
     * @param room the room
     * @param handle the member to mute
     * @param minutes how long, 1 to 10,080 (a week)
     * @param rule the room rule behind it, 1-64 characters
     */
    record Mute(RoomId room, Handle handle, Integer minutes, String rule) implements RoomCommand {
        public static final int MAX_MINUTES = 7 * 24 * 60;

        public Mute {
            if (room == null || handle == null || minutes == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "mute needs a room, a handle and minutes");
            }
            CommandFields.checkRange(minutes, 1, MAX_MINUTES, "minutes", "1 to " + MAX_MINUTES);
            CommandFields.checkRule(rule, "mute");
        }

        @Override
        public String type() {
            return "mute";
        }
    }

    /**
     * A moderator ends a member's mute early.
     *
     * @param room the room
     * @param handle the muted member
     * @param rule why, 1-64 characters
     */
    record Unmute(RoomId room, Handle handle, String rule) implements RoomCommand {
        public Unmute {
            if (room == null || handle == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "unmute needs a room and a handle");
            }
            CommandFields.checkRule(rule, "unmute");
        }

        @Override
        public String type() {
            return "unmute";
        }
    }

    /**
     * A moderator removes a message that was already posted: its text is replaced on every screen
     * and in history (and in the store), naming the rule.
     *
     * @param room the room
     * @param seq the message's sequence number
     * @param rule the rule it broke, 1-64 characters
     */
    record Redact(RoomId room, Long seq, String rule) implements RoomCommand {
        public Redact {
            if (room == null || seq == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "redact needs a room and a seq");
            }
            if (seq < 1) {
                throw new ProtocolViolation(ErrorCode.INVALID_FIELD, "seq is " + seq + " (expected: >= 1)");
            }
            CommandFields.checkRule(rule, "redact");
        }

        @Override
        public String type() {
            return "redact";
        }
    }

    /**
     * Any member flags a posted message to the room's moderators, with an optional reason, in one
     * action. The member is told the moderators were told.
     *
     * @param room the room
     * @param seq the message's sequence number
     * @param reason optional words for the moderators, at most 500 characters
     */
    record Flag(RoomId room, Long seq, String reason) implements RoomCommand {
        public static final int MAX_REASON_LENGTH = 500;

        public Flag {
            if (room == null || seq == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "flag needs a room and a seq");
            }
            if (seq < 1) {
                throw new ProtocolViolation(ErrorCode.INVALID_FIELD, "seq is " + seq + " (expected: >= 1)");
            }
            CommandFields.checkOptionalText(reason, "reason", MAX_REASON_LENGTH);
        }

        @Override
        public String type() {
            return "flag";
        }
    }

    /**
     * A moderator in the room goes on or off duty. A moderator who joins is on duty; one who only
     * wants to read says so. Members see whether anyone is on duty.
     *
     * @param room the room
     * @param onDuty true to go on duty, false to go off
     */
    record Duty(RoomId room, Boolean onDuty) implements RoomCommand {
        public Duty {
            if (room == null || onDuty == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "duty needs a room and onDuty");
            }
        }

        @Override
        public String type() {
            return "duty";
        }
    }

    /**
     * A moderator pauses the room (members read but nobody posts) or opens it again.
     *
     * @param room the room
     * @param paused true to pause, false to open again
     * @param message optional words for the members, at most 300 characters
     * @param rule the rule behind it, 1-64 characters
     */
    record Pause(RoomId room, Boolean paused, String message, String rule) implements RoomCommand {
        public static final int MAX_MESSAGE_LENGTH = 300;

        public Pause {
            if (room == null || paused == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "pause needs a room and paused");
            }
            CommandFields.checkOptionalText(message, "message", MAX_MESSAGE_LENGTH);
            CommandFields.checkRule(rule, "pause");
        }

        @Override
        public String type() {
            return "pause";
        }
    }

    /**
     * A moderator turns slow mode on (each member may post once per interval), changes its
     * interval, or turns it off.
     *
     * @param room the room
     * @param seconds the least time between one member's posts, 1 to 3,600; 0 turns slow mode off
     * @param rule the rule behind it, 1-64 characters
     */
    record Slow(RoomId room, Integer seconds, String rule) implements RoomCommand {
        public static final int MAX_SECONDS = 3600;

        public Slow {
            if (room == null || seconds == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "slow needs a room and seconds");
            }
            CommandFields.checkRange(seconds, 0, MAX_SECONDS, "seconds", "0 to turn slow mode off, or 1 to " + MAX_SECONDS);
            CommandFields.checkRule(rule, "slow");
        }

        @Override
        public String type() {
            return "slow";
        }
    }

    /**
     * A moderator removes a member from the room, and with {@code ban} keeps them out: neither
     * their session (nor its resume token) nor their handle may join the room again while the
     * server runs.
     *
     * @param room the room
     * @param handle the member
     * @param rule the rule behind it, 1-64 characters
     * @param ban true to keep them out, not only remove them now
     */
    record Remove(RoomId room, Handle handle, String rule, Boolean ban) implements RoomCommand {
        public Remove {
            if (room == null || handle == null) {
                throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "remove needs a room and a handle");
            }
            CommandFields.checkRule(rule, "remove");
            ban = ban != null && ban;
        }

        @Override
        public String type() {
            return "remove";
        }
    }
}
