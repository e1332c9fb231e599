package org.hearth.server.moderation.filter;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.hearth.protocol.ErrorCode;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.Verdict;

/**
 * Refuses a member's messages beyond a number per minute in this room: a token bucket per member
 * that holds a minute's allowance and refills evenly, so a burst is fine and a flood is not.
 *
 * <p>Owned by its room's thread; intentionally not thread-safe. Time comes from the injected clock.
 */
public final class RateLimitFilter implements MessageFilter {
    public static final String NAME = "rate-limit";

    private final Clock clock;
    private final int perMinute;
    private final double tokensPerMilli;
    private final Map<String, Bucket> buckets = new HashMap<>();
    private final Verdict.Reject reject;

    public RateLimitFilter(Clock clock, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute: " + perMinute + " (expected: > 0)");
        }
        this.clock = clock;
        this.perMinute = perMinute;
        this.tokensPerMilli = perMinute / 60_000.0;
        this.reject = new Verdict.Reject(NAME, ErrorCode.RATE_LIMITED,
                "You are sending faster than this room allows (" + perMinute
                        + " messages a minute). Wait a moment, then send it again.");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(Candidate candidate) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(candidate.memberId(), id -> new Bucket(perMinute, now));
        bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updatedAt) * tokensPerMilli);
        bucket.updatedAt = now;
        if (bucket.tokens < 1) {
            return reject;
        }
        bucket.tokens -= 1;
        return Verdict.PASS;
    }

    @Override
    public void forget(String memberId) {
        buckets.remove(memberId);
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
