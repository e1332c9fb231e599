package org.hearth.server.moderation;

import java.time.Instant;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.server.safety.text.MessageText;

/**
 * A message on its way into a room, as the filters see it.
 *
 * @param room the room it is posted to
 * @param memberId the author's session id: stable across reconnects, not shown to others
 * @param author the author's handle
 * @param message the text (after any earlier filter's redactions), with what the filters have
 *     read of it so far: each reading is made once per message and shared by the filters
 * @param time when the server received it
 */
public record Candidate(RoomId room, String memberId, Handle author, MessageText message, Instant time) {
    /** A message of this text, nothing read of it yet. */
    public Candidate(RoomId room, String memberId, Handle author, String text, Instant time) {
        this(room, memberId, author, new MessageText(text), time);
    }

    /** The text (after any earlier filter's redactions). */
    public String text() {
        return message.text();
    }

    /** The same message with its text redacted, to be read afresh. */
    public Candidate withText(String redacted) {
        return new Candidate(room, memberId, author, redacted, time);
    }
}
