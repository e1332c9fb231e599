package org.hearth.server.config;

import java.time.Duration;
import java.util.List;
import org.hearth.protocol.RoomId;

/**
 * A room that exists from start-up.
 *
 * @param id the room's name
 * @param title its display name
 * @param purpose who the room is for, in a sentence or two
 * @param retention how long its messages are kept before they are deleted
 * @param holdWords words and phrases that hold a message for a moderator
 * @param rejectWords words and phrases that refuse a message
 * @param filters the content filters the room runs, in order (some of {@link #FILTERS}); the
 *     rate limit and slow mode always come first
 * @param charter the room's published rules, support resources and policies
 */
public record RoomConfig(RoomId id, String title, String purpose, Duration retention, List<String> holdWords,
                         List<String> rejectWords, List<String> filters, Charter charter) {
    /** Every content filter by its configuration name, in the default order. */
    public static final List<String> FILTERS = List.of("words.reject", "personal-details", "risk", "abuse", "words.hold",
            "disclosure");

    public RoomConfig {
        holdWords = List.copyOf(holdWords);
        rejectWords = List.copyOf(rejectWords);
        filters = List.copyOf(filters);
    }
}
