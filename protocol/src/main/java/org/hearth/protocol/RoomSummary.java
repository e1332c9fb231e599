package org.hearth.protocol;

/**
 * The part of a room's charter shown on join. The full charter (rules, policies, moderation
 * hours) arrives with moderation; these fields stay.
 *
 * @param title the room's display name
 * @param purpose one or two sentences on who the room is for
 */
public record RoomSummary(String title, String purpose) {
    public RoomSummary {
        if (title == null || purpose == null) {
            throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "a room summary needs a title and a purpose");
        }
    }
}
