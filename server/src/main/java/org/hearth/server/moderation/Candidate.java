package org.hearth.server.moderation;

import java.time.Instant;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;

/**
 * A message on its way into a room, as the filters see it.
 *
 * @param room the room it is posted to
 * @param memberId the author's session id: stable across reconnects, not shown to others
 * @param author the author's handle
 * @param text the text (after any earlier filter's redactions)
 * @param time when the server received it
 */
public record Candidate(RoomId room, String memberId, Handle author, String text, Instant time) {
    public Candidate withText(String redacted) {
        return new Candidate(room, memberId, author, redacted, time);
    }
}
