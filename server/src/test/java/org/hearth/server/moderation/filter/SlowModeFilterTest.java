package org.hearth.server.moderation.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.testing.MutableClock;
import org.junit.jupiter.api.Test;

class SlowModeFilterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T20:00:00Z"));

    private static Candidate from(String member, String text) {
        return new Candidate(new RoomId("lounge"), member, new Handle(member), text, Instant.EPOCH);
    }

    @Test
    void slowModeLetsEachMemberPostOncePerIntervalAndSaysHowLongToWait() {
        SlowModeFilter slow = new SlowModeFilter(clock, Duration.ofSeconds(30));

        assertThat(slow.evaluate(from("ash", "one"))).isSameAs(Verdict.PASS);
        clock.advance(Duration.ofSeconds(18));
        Verdict tooSoon = slow.evaluate(from("ash", "two"));
        Verdict someoneElse = slow.evaluate(from("birch", "hi"));
        clock.advance(Duration.ofSeconds(12));
        Verdict later = slow.evaluate(from("ash", "two"));

        assertThat(tooSoon).isInstanceOfSatisfying(Verdict.Reject.class, r -> {
            assertThat(r.code()).isEqualTo(ErrorCode.RATE_LIMITED);
            assertThat(r.reason()).contains("every 30 seconds").contains("in 12 seconds");
        });
        assertThat(someoneElse).isSameAs(Verdict.PASS);
        assertThat(later).isSameAs(Verdict.PASS);
    }

    @Test
    void turnedOffSlowModeLetsEveryPostThrough() {
        SlowModeFilter slow = new SlowModeFilter(clock, Duration.ofSeconds(30));
        slow.evaluate(from("ash", "one"));
        slow.interval(Duration.ZERO);

        assertThat(slow.evaluate(from("ash", "two"))).isSameAs(Verdict.PASS);
    }
}
