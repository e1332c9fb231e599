package org.hearth.server.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hearth.server.metrics.LatencyCounts;
import org.hearth.server.metrics.ServerReadings;
import org.hearth.server.room.RoomPulse;
import org.hearth.server.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The feed alone, with rooms and readings the test sets: a watcher gets the last hour first, then
 * every snapshot; watchers are bounded; a room's change is pushed without waiting for the period.
 */
class OperationsFeedTest {
    /** Twenty minutes: an hour is three samples, and the schedule never fires during a test. */
    private static final Duration PERIOD = Duration.ofMinutes(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T20:00:00Z"));
    private final AtomicReference<ServerReadings> readings = new AtomicReference<>(ServerReadings.NONE);
    private final AtomicReference<List<RoomPulse>> rooms = new AtomicReference<>(List.of(pulse(0, 0)));
    private final AtomicInteger roomsAsked = new AtomicInteger();
    private OperationsFeed feed;

    private static RoomPulse pulse(int online, int held) {
        return new RoomPulse("lounge", "The lounge", online, 0, Map.of("watch", held), 0, false);
    }

    private OperationsFeed started(int maxWatchers) {
        feed = new OperationsFeed(readings::get, clock, PERIOD, maxWatchers);
        feed.start(List.of("lounge"), () -> {
            roomsAsked.incrementAndGet();
            return CompletableFuture.completedFuture(rooms.get());
        });
        return feed;
    }

    @AfterEach
    void stop() {
        feed.close();
    }

    /** A watcher that keeps what it is sent, and says it has gone once told to. */
    private static final class Recorder implements HealthWatcher {
        final BlockingQueue<Map.Entry<String, JsonNode>> events = new LinkedBlockingQueue<>();
        volatile boolean gone;

        @Override
        public boolean deliver(String kind, byte[] json) {
            try {
                events.add(Map.entry(kind, JSON.readTree(json)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return !gone;
        }

        Map.Entry<String, JsonNode> next() throws InterruptedException {
            Map.Entry<String, JsonNode> event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("an event within 10 s").isNotNull();
            return event;
        }
    }

    private void sample(int framesSent) throws Exception {
        clock.advance(PERIOD);
        readings.set(new ServerReadings(2, framesSent, 0, LatencyCounts.EMPTY, LatencyCounts.EMPTY));
        feed.sampleNow().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aWatcherGetsTheLastHourAtOnceThenEachSnapshot() throws Exception {
        started(4);
        for (int i = 1; i <= 4; i++) {
            sample(i * 1_200); // one more frame per second each period
        }
        rooms.set(List.of(pulse(3, 0)));
        Recorder operator = new Recorder();

        feed.watch(operator);
        Map.Entry<String, JsonNode> history = operator.next();

        assertThat(history.getKey()).isEqualTo(OperationsFeed.HISTORY);
        JsonNode samples = history.getValue().path("samples");
        assertThat(samples.path("time")).as("an hour is three samples").hasSize(3);
        assertThat(samples.path("deliveriesPerSecond").get(2).asDouble()).isEqualTo(1.0);
        assertThat(samples.path("connections").get(0).asInt()).isEqualTo(2);
        assertThat(samples.path("messagesPerMinute").path("lounge")).hasSize(3);
        assertThat(samples.path("fanOutP99Millis").get(0).isNull()).as("nothing was fanned out").isTrue();
        assertThat(history.getValue().path("rooms").get(0).path("membersOnline").asInt())
                .as("the rooms as they are now").isEqualTo(3);

        rooms.set(List.of(pulse(3, 1)));
        sample(6_000);
        Map.Entry<String, JsonNode> snapshot = operator.next();

        assertThat(snapshot.getKey()).isEqualTo(OperationsFeed.SNAPSHOT);
        assertThat(snapshot.getValue().path("samples").path("time")).hasSize(1);
        assertThat(snapshot.getValue().path("samples").path("deliveriesPerSecond").get(0).asDouble()).isEqualTo(1.0);
        assertThat(snapshot.getValue().path("rooms").get(0).path("membersOnline").asInt()).isEqualTo(3);
        assertThat(snapshot.getValue().path("rooms").get(0).path("heldByLevel").path("watch").asInt()).isEqualTo(1);
    }

    @Test
    void noMoreThanTheLimitWatchAndOneThatGoesFreesItsPlace() throws Exception {
        started(2);
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        OperationsFeed.Watch firstWatch = feed.watch(first);
        assertThat(feed.watch(second)).isNotNull();

        assertThat(feed.watch(new Recorder())).as("a third, past the limit of two").isNull();
        assertThat(feed.watching()).isEqualTo(2);

        firstWatch.stop();
        firstWatch.stop();
        assertThat(feed.watching()).as("stopping twice frees one place").isEqualTo(1);
        assertThat(feed.watch(new Recorder())).isNotNull();

        second.next();
        second.gone = true; // its connection closed: it says so at the next event
        sample(0);
        assertThat(feed.watching()).isEqualTo(1);
    }

    @Test
    void aChangeInARoomIsPushedWithoutWaitingForTheNextSample() throws Exception {
        started(4);
        feed.changed();
        assertThat(roomsAsked.get()).as("nobody watches: the rooms are not asked").isZero();
        Recorder operator = new Recorder();
        feed.watch(operator);
        operator.next();

        rooms.set(List.of(pulse(1, 2)));
        feed.changed();
        feed.changed(); // changes close together share one push
        Map.Entry<String, JsonNode> pushed = operator.next();

        assertThat(pushed.getKey()).isEqualTo(OperationsFeed.SNAPSHOT);
        assertThat(pushed.getValue().path("rooms").get(0).path("heldByLevel").path("watch").asInt()).isEqualTo(2);
        assertThat(pushed.getValue().path("samples").path("time")).as("no sample: only the rooms changed").isEmpty();
        assertThat(operator.events.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void roomsThatDoNotAnswerInTimeAreSentAsUnknownAndTheSampleStillCounts() throws Exception {
        feed = new OperationsFeed(readings::get, clock, PERIOD, 4);
        feed.start(List.of("lounge"), CompletableFuture::new); // never answers
        Recorder operator = new Recorder();
        feed.watch(operator);
        operator.next();

        sample(100);
        JsonNode snapshot = operator.next().getValue();

        assertThat(snapshot.path("rooms").isNull()).isTrue();
        assertThat(snapshot.path("samples").path("connections").get(0).asInt()).isEqualTo(2);
        assertThat(snapshot.path("samples").path("messagesPerMinute").path("lounge").get(0).isNull()).isTrue();
    }

    @Test
    void nobodyWatchesBeforeTheFeedStartsAndTheSettingsAreChecked() {
        feed = new OperationsFeed(readings::get, clock, PERIOD, 1);
        assertThatThrownBy(() -> feed.watch(new Recorder())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new OperationsFeed(readings::get, clock, Duration.ofMinutes(7), 1))
                .hasMessageContaining("a whole part of an hour");
        assertThatThrownBy(() -> new OperationsFeed(readings::get, clock, PERIOD, 0))
                .hasMessageContaining("expected: > 0");
    }
}
