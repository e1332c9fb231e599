package org.hearth.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.MuteList;
import org.hearth.server.moderation.filter.MuteFilter;
import org.hearth.server.moderation.filter.RateLimitFilter;
import org.hearth.server.moderation.filter.WordListFilter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A room's filter chain on one message, as the server builds it (mute, rate limit, a refused-word
 * list, a held-word list), over members taking turns, with ordinary text that passes (the common
 * case). Sample mode, so the report has percentiles: the moderation issue's target is p99 at or
 * under 50 µs per message. Add each filter here as it lands.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FilterChainBenchmark {
    @Param({"1000"})
    public int members;

    private FilterChain chain;
    private Candidate[] candidates;
    private int next;

    @Setup
    public void setUp() {
        // A clock that moves one millisecond per reading, so the buckets refill as fast as they drain
        // and every message passes (the common case).
        Clock ticking = new Clock() {
            private long millis = 1_760_000_000_000L;

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public long millis() {
                return millis++;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis());
            }
        };
        chain = new FilterChain(List.of(
                new RateLimitFilter(ticking, 60_000),
                new WordListFilter("words.reject", WordListFilter.Action.REJECT, List.of("idiot", "stupid", "loser",
                        "shut up", "nobody cares", "kill yourself", "go die", "worthless", "pathetic", "freak")),
                new WordListFilter("words.hold", WordListFilter.Action.HOLD, List.of("end it all", "pills", "overdose",
                        "goodbye forever", "no way out", "rope", "bridge", "last note", "cant go on", "not be here",
                        "hurt myself", "cut myself", "want to die", "kill myself", "suicide", "self harm", "blade",
                        "final goodbye", "better off without me", "give up on life")))).withFirst(new MuteFilter(new MuteList()));
        candidates = new Candidate[members];
        RoomId room = new RoomId("lounge");
        for (int i = 0; i < members; i++) {
            candidates[i] = new Candidate(room, "session-" + i, new Handle("member" + i), CodecBenchmark.TEXT,
                    Instant.ofEpochMilli(1_760_000_000_000L));
        }
    }

    @Benchmark
    public FilterChain.Result evaluate() {
        Candidate c = candidates[next];
        next = next + 1 == candidates.length ? 0 : next + 1;
        return chain.evaluate(c, true);
    }
}
