package org.hearth.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hearth.server.metrics.LatencyCounts;
import org.hearth.server.metrics.ServerReadings;
import org.hearth.server.room.RoomPulse;
import org.junit.jupiter.api.Test;

/** A sample is what happened in its period: rates and percentiles between two readings, not since start. */
class SampleTakerTest {
    private static final double[] BOUNDS = {0.001, 0.01, 0.1};

    private static ServerReadings readings(int connections, long frames, long slow, LatencyCounts fanOut) {
        return new ServerReadings(connections, frames, slow, fanOut, LatencyCounts.EMPTY);
    }

    private static RoomPulse pulse(String room, int messagesLastMinute) {
        return new RoomPulse(room, room, 1, messagesLastMinute, Map.of(), 0, false);
    }

    @Test
    void ratesAndPercentilesAreOverThePeriodSinceTheLastSample() {
        LatencyCounts manyFast = new LatencyCounts(BOUNDS, new long[] {1000, 1000, 1000}, 1000);
        SampleTaker taker = new SampleTaker(List.of("lounge"), readings(0, 1_000, 2, manyFast), 0);
        LatencyCounts thenSlow = new LatencyCounts(BOUNDS, new long[] {1000, 1000, 1010}, 1010);

        HealthSample sample = taker.take(5_000, readings(3, 1_500, 3, thenSlow), List.of(pulse("lounge", 4)));

        assertThat(sample.time()).isEqualTo(5_000);
        assertThat(sample.connections()).isEqualTo(3);
        assertThat(sample.deliveriesPerSecond()).isEqualTo(100.0);
        assertThat(sample.fanOutP99Millis()).as("the ten slow ones, not the thousand fast ones before")
                .isGreaterThan(10.0);
        assertThat(sample.storeCommitP99Millis()).as("nothing committed").isNull();
        assertThat(sample.slowConsumerDisconnects()).isEqualTo(1);
        assertThat(sample.messagesPerMinute()).containsExactly(4);

        HealthSample quiet = taker.take(10_000, readings(3, 1_500, 3, thenSlow), List.of(pulse("lounge", 4)));
        assertThat(quiet.deliveriesPerSecond()).isZero();
        assertThat(quiet.fanOutP99Millis()).isNull();
        assertThat(quiet.slowConsumerDisconnects()).isZero();
    }

    @Test
    void roomsAreListedInTheFeedsOrderAndOnesThatDidNotAnswerAreMarked() {
        SampleTaker taker = new SampleTaker(List.of("lounge", "night-owls"), ServerReadings.NONE, 0);

        assertThat(taker.take(5_000, ServerReadings.NONE, List.of(pulse("night-owls", 7), pulse("lounge", 2)))
                .messagesPerMinute()).containsExactly(2, 7);
        assertThat(taker.take(10_000, ServerReadings.NONE, null).messagesPerMinute()).containsExactly(-1, -1);
    }
}
