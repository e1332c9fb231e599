package org.hearth.protocol;

import java.util.List;

/**
 * The part of a room's charter shown on join: what the room is for and its numbered rules, so a
 * member knows them before writing and every moderation notice can point at one. The full charter
 * (moderation hours, support resources, policies) is at {@code GET /rooms/{room}/charter}.
 *
 * @param title the room's display name
 * @param purpose one or two sentences on who the room is for
 * @param rules the room's rules, in order (empty when the room has none)
 * @param support support resources for the room's locale (helplines with their hours), one per
 *     entry, to keep one click away (empty when the room publishes none)
 */
public record RoomSummary(String title, String purpose, List<Rule> rules, List<String> support) {
    public RoomSummary {
        if (title == null || purpose == null) {
            throw new ProtocolViolation(ErrorCode.MISSING_FIELD, "a room summary needs a title and a purpose");
        }
        rules = rules == null ? List.of() : List.copyOf(rules);
        support = support == null ? List.of() : List.copyOf(support);
    }

    public RoomSummary(String title, String purpose) {
        this(title, purpose, List.of(), List.of());
    }

    /**
     * One rule of a room.
     *
     * @param id the rule's id, as moderation notices name it (for example {@code rule-2})
     * @param text the rule in plain words
     */
    public record Rule(String id, String text) {
    }
}
