package org.hearth.server.config;

import java.time.Duration;
import java.util.List;
import org.hearth.protocol.RoomSummary;

/**
 * A room's published description beyond its title and purpose: what practitioners, reviewers and
 * members may read about how it is run. Served as JSON at {@code GET /rooms/{room}/charter}.
 *
 * @param rules the numbered rules, in order ({@code room.NAME.rule.N})
 * @param locale the room's language and region, for example {@code en-GB}
 * @param moderationHours when moderators are usually on duty, in plain words
 * @param support support resources (helplines for the locale, with their hours), one per line
 * @param policies how the room treats risk, links, pace and unmoderated times
 */
public record Charter(List<RoomSummary.Rule> rules, String locale, String moderationHours, List<String> support,
                      Policies policies) {
    public Charter {
        rules = List.copyOf(rules);
        support = List.copyOf(support);
    }

    /**
     * @param risk {@code hold} (posts showing risk wait for a moderator) or {@code allow-with-support}
     * @param suicideDiscussion {@code precluded} (held for a moderator, never broadcast unreviewed) or
     *     {@code allowed}
     * @param links {@code allowed} or {@code refused}
     * @param slowMode the least time between one member's posts (zero: off)
     * @param whenUnmoderated {@code flow}, {@code hold-all} or {@code hold-flagged}
     * @param abuse {@code hold} (attacks on members wait for a moderator) or {@code reject}
     */
    public record Policies(String risk, String suicideDiscussion, String links, Duration slowMode,
                           String whenUnmoderated, String abuse) {
    }
}
