package org.hearth.server.moderation.filter;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.hearth.protocol.ErrorCode;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.MuteList;
import org.hearth.server.moderation.Verdict;

/**
 * Refuses messages from a muted member, saying until when and under which rule. A muted
 * member may still read. Runs first in every room's chain; owned by the room's thread.
 */
public final class MuteFilter implements MessageFilter {
    public static final String NAME = "muted";
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final MuteList mutes;

    public MuteFilter(MuteList mutes) {
        this.mutes = mutes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(Candidate candidate) {
        MuteList.Mute mute = mutes.active(candidate.author(), candidate.time());
        if (mute == null) {
            return Verdict.PASS;
        }
        return new Verdict.Reject(mute.rule(), ErrorCode.MUTED, "A moderator has muted you in this room until "
                + UNTIL.format(mute.until()) + " (" + mute.rule() + "). You can still read; you can write again after that.");
    }
}
