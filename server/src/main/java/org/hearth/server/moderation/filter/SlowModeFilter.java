package org.hearth.server.moderation.filter;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.hearth.protocol.ErrorCode;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.Verdict;

/**
 * Slow mode: one message per member per interval, so a heated room cools down. A message too soon
 * is refused with RATE_LIMITED and how long to wait; it may be sent again then. The interval may
 * change while the room runs (a moderator's command); zero is off. Owned by its room's thread;
 * time comes from the injected clock.
 */
public final class SlowModeFilter implements MessageFilter {
    public static final String NAME = "slow-mode";

    private final Clock clock;
    private Duration interval;
    private final Map<String, Long> lastPostMillis = new HashMap<>();

    /** @param interval the least time between one member's posts; zero is off */
    public SlowModeFilter(Clock clock, Duration interval) {
        this.clock = clock;
        interval(interval);
    }

    /** Changes the interval; zero turns slow mode off. */
    public void interval(Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval: " + interval + " (expected: zero or more)");
        }
        this.interval = interval;
        if (interval.isZero()) {
            lastPostMillis.clear(); // nothing to remember while off; on again starts afresh
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(Candidate candidate) {
        if (interval.isZero()) {
            return Verdict.PASS;
        }
        long now = clock.millis();
        Long last = lastPostMillis.get(candidate.memberId());
        long waitMillis = last == null ? 0 : last + interval.toMillis() - now;
        if (waitMillis > 0) {
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            return new Verdict.Reject(NAME, ErrorCode.RATE_LIMITED, "This room is in slow mode: one message every "
                    + interval.toSeconds() + " seconds. You can send this in " + seconds + " seconds.");
        }
        lastPostMillis.put(candidate.memberId(), now);
        return Verdict.PASS;
    }

    @Override
    public void forget(String memberId) {
        lastPostMillis.remove(memberId);
    }
}
