package org.hearth.server.moderation.filter;

import java.util.function.Supplier;
import org.hearth.protocol.ErrorCode;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.Verdict;

/**
 * Refuses every post while a moderator has paused the room; members keep reading. Reads the
 * room's current pause (null when open). Owned by the room's thread.
 */
public final class PauseFilter implements MessageFilter {
    public static final String NAME = "paused";

    private final Supplier<Verdict.Reject> currentPause;

    /** @param currentPause the refusal to give while the room is paused, or null while it is open */
    public PauseFilter(Supplier<Verdict.Reject> currentPause) {
        this.currentPause = currentPause;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(Candidate candidate) {
        Verdict.Reject pause = currentPause.get();
        return pause == null ? Verdict.PASS : pause;
    }

    /** The refusal for a pause under this rule, with the moderator's words if any. */
    public static Verdict.Reject refusal(String rule, String message) {
        String words = message == null || message.isBlank() ? "" : " " + message.trim();
        return new Verdict.Reject(rule, ErrorCode.ROOM_PAUSED, "A moderator has paused the room for now (" + rule + ")."
                + words + " You can still read; please send this again when the room opens.");
    }
}
