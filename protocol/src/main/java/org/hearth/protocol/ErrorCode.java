package org.hearth.protocol;

/**
 * Error codes carried by {@code error} frames and by rejected acks. The numbers are stable:
 * clients and stored data rely on them, so a code is never renumbered or reused.
 *
 * <p>Ranges tell a client what to do:
 * <ul>
 *   <li>100–199: the frame itself is wrong. Fix it; resending it unchanged fails again.</li>
 *   <li>200–299: the frame is valid but not allowed in the current state (not joined,
 *       handle taken, ...). Do not retry as is.</li>
 *   <li>300–399: temporary. Retry later, unchanged.</li>
 *   <li>400–499: application decisions (moderation). Shown to the member; not retried.</li>
 *   <li>500–599: the server failed. Retry later.</li>
 * </ul>
 * A code no longer used is retired, never given to another meaning.
 */
public enum ErrorCode {
    MALFORMED_FRAME(100, "the frame is not valid JSON"),
    UNKNOWN_TYPE(101, "the frame's type is not one of this protocol's"),
    MISSING_FIELD(102, "a required field is missing or null"),
    INVALID_FIELD(103, "a field has the wrong type or an invalid value"),
    UNKNOWN_FIELD(104, "the frame has a field this type does not define"),
    TOO_DEEP(105, "the frame nests deeper than allowed"),
    FRAME_TOO_LARGE(106, "the frame or one of its strings is longer than allowed"),
    TEXT_TOO_LONG(107, "the message text is longer than allowed"),
    EMPTY_TEXT(108, "the message text is empty or only white space"),
    INVALID_HANDLE(109, "the handle breaks the handle rules"),
    HANDLE_RESERVED(110, "the handle is reserved"),
    INVALID_ROOM(111, "the room name breaks the room-name rules"),
    INVALID_CLIENT_MESSAGE_ID(112, "the client message id breaks its rules"),

    HELLO_REQUIRED(200, "say hello before anything else"),
    ALREADY_GREETED(201, "hello was already said on this connection"),
    NO_SUCH_ROOM(202, "the room does not exist"),
    NOT_IN_ROOM(203, "join the room first"),
    HANDLE_TAKEN(204, "another member in the room uses this handle"),
    TOO_MANY_JOINS(205, "this session is in as many rooms as allowed"),
    UNKNOWN_HELD_MESSAGE(208, "no message with this id is waiting; another moderator may have decided it"),
    NO_SUCH_MESSAGE(209, "the room has no message with this sequence number"),

    RATE_LIMITED(300, "too many messages; wait and try again"),
    MUTED(302, "a moderator has muted you in this room for a while; you can still read"),
    ROOM_PAUSED(303, "a moderator has paused the room for now; you can still read"),

    HELD_FOR_REVIEW(400, "held for a moderator's review"),
    REJECTED_BY_RULE(401, "not posted: it breaks a room rule"),
    FORBIDDEN(402, "only a moderator of this room may do that"),
    BANNED(403, "a moderator has banned you from this room"),

    STORE_UNAVAILABLE(500, "the message could not be stored, so it was not sent; send it again");

    private final int code;
    private final String meaning;

    ErrorCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The stable number sent on the wire. */
    public int code() {
        return code;
    }

    /** A plain sentence saying what the code means. */
    public String meaning() {
        return meaning;
    }

    /** Whether a client may send the same frame again later and expect it to work. */
    public boolean retryable() {
        return (code >= 300 && code < 400) || code >= 500;
    }

    /** The code with this number, or null if there is none. */
    public static ErrorCode ofCode(int code) {
        for (ErrorCode value : values()) {
            if (value.code == code) {
                return value;
            }
        }
        return null;
    }
}
