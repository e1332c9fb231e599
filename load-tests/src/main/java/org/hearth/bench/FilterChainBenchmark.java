package org.hearth.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.server.RoomFilters;
import org.hearth.server.SafetyClassifiers;
import org.hearth.server.config.HearthConfig;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.MuteList;
import org.hearth.server.moderation.filter.MuteFilter;
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
 * A room's whole filter chain on one message, built exactly as the server builds the default
 * room's (mute, rate limit, refused words, personal details, risk, abuse, held words, disclosure
 * tally), over 1,000 members taking turns. Sample mode, so the report has percentiles: the
 * targets are p99 at or under 50 µs per message of up to 1,000 characters for the safety chain.
 * The texts ({@link #kind}): {@code everyday} chat that passes; {@code mixed}, a round of messages
 * that each trip something (a phone number, an age and a town, a passive wish, an insult, a
 * third-person worry) between everyday ones; {@code long}, messages of about 1,000 characters.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FilterChainBenchmark {
    @Param({"everyday", "mixed", "long"})
    public String kind;

    private static final int MEMBERS = 1000;
    private static final RoomId ROOM = new RoomId("lounge");
    private static final Instant RECEIVED = Instant.ofEpochMilli(1_760_000_000_000L);
    private static final String[] SESSIONS = new String[MEMBERS];

    static {
        for (int i = 0; i < MEMBERS; i++) {
            SESSIONS[i] = "session-" + i;
        }
    }

    private FilterChain chain;
    private String[] texts;
    private Handle[] authors;
    private int next;

    @Setup
    public void setUp() {
        HearthConfig config = HearthConfig.defaultsWith("limits.messages-per-minute", "1000000");
        chain = RoomFilters.build(config, config.rooms().getFirst(), ticking(), SafetyClassifiers.standard())
                .withFirst(new MuteFilter(new MuteList()));
        List<String> kindTexts = SupportRoomTexts.of(kind);
        texts = new String[MEMBERS];
        authors = new Handle[MEMBERS];
        for (int i = 0; i < MEMBERS; i++) {
            texts[i] = kindTexts.get(i % kindTexts.size());
            authors[i] = new Handle("member" + i);
        }
    }

    /** A clock that moves one millisecond per reading, so rate limits never bite: every message is examined in full. */
    private static Clock ticking() {
        return new Clock() {
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
    }

    /**
     * A new candidate per message, as the room makes one: a candidate keeps what the filters read of
     * its text, so one made once and posted again would find its text already read.
     */
    @Benchmark
    public FilterChain.Result evaluate() {
        int member = next;
        next = next + 1 == texts.length ? 0 : next + 1;
        return chain.evaluate(new Candidate(ROOM, SESSIONS[member], authors[member], texts[member], RECEIVED), true);
    }
}
