package org.hearth.server.metrics.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hearth.server.metrics.RoomMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Micrometer backend alone: Prometheus names, and gauges that outlive a garbage collection. */
class MicrometerMetricsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final MicrometerMetrics metrics = new MicrometerMetrics(Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void aGaugeReadFromALambdaStillReadsAfterAGarbageCollection() {
        java.util.concurrent.atomic.AtomicInteger rooms = new java.util.concurrent.atomic.AtomicInteger(2);
        metrics.watchRoomsWithoutModerator(rooms::get); // a new object, referenced by the registry alone
        System.gc(); // Micrometer holds a gauge's object weakly unless told otherwise

        assertThat(metrics.scrape()).contains("\nhearth_rooms_without_moderator 2.0\n");
    }

    @Test
    void theOldestHoldsAgeIsReadAgainstTheServersClockAndIsZeroWhenNoneWaits() {
        RoomMetrics room = metrics.room("lounge");

        room.oldestHeldAt(NOW.minusSeconds(90).toEpochMilli());
        assertThat(metrics.scrape()).contains("hearth_hold_oldest_age_seconds{room=\"lounge\"} 90.0");

        room.oldestHeldAt(-1);
        assertThat(metrics.scrape()).contains("hearth_hold_oldest_age_seconds{room=\"lounge\"} 0.0");
    }

    @Test
    void countersFollowPrometheusConventionsWithTheirLabels() {
        RoomMetrics room = metrics.room("lounge");
        room.rejected("words.reject");
        room.redacted("words.redact", "rule-2");
        metrics.transport().handshakeRejected("origin");
        metrics.transport().closedWith(4000);
        metrics.transport().slowConsumerDisconnected();

        assertThat(metrics.scrape()).contains(
                "hearth_messages_rejected_total{filter=\"words.reject\",room=\"lounge\"} 1.0",
                "hearth_messages_redacted_total{filter=\"words.redact\",room=\"lounge\",rule=\"rule-2\"} 1.0",
                "hearth_handshake_rejections_total{reason=\"origin\"} 1.0",
                "hearth_websocket_closes_total{code=\"4000\"} 1.0",
                "hearth_slow_consumer_disconnects_total 1.0",
                "jvm_gc_");
    }

    @Test
    void eachFiltersTimeIsAHistogramSharedByTheRooms() {
        metrics.room("lounge").filterTook("safety.risk", 2_000_000L);
        metrics.room("garden").filterTook("safety.risk", 1_000_000L);
        metrics.room("garden").filterTook("words.hold", 1_000L);

        assertThat(metrics.scrape()).contains(
                "hearth_filter_seconds_count{filter=\"safety.risk\"} 2",
                "hearth_filter_seconds_sum{filter=\"safety.risk\"} 0.003",
                "hearth_filter_seconds_bucket{filter=\"words.hold\",le=\"1.0E-4\"} 1",
                "hearth_filter_seconds_max{filter=\"safety.risk\"}");
    }

    @Test
    void theFanOutLatencyIsOneHistogramForEveryRoom() {
        metrics.room("lounge").fannedOut(3_000_000L);
        metrics.room("garden").fannedOut(1_000_000L);

        assertThat(metrics.scrape()).contains(
                "hearth_fanout_latency_seconds_count 2",
                "hearth_fanout_latency_seconds_sum 0.004",
                "hearth_fanout_latency_seconds_bucket{le=\"0.005\"} 2");
    }

    @Test
    void bytesSentAddUpOverTheFramesWritten() {
        metrics.transport().framesOut(1, 120);
        metrics.transport().framesOut(1, 80);

        assertThat(metrics.scrape()).contains("hearth_frames_sent_total 2.0", "hearth_bytes_sent_total 200.0");
    }

    @Test
    void theEventLoopBacklogIsReadAtEachScrape() {
        java.util.concurrent.atomic.AtomicInteger pending = new java.util.concurrent.atomic.AtomicInteger(7);
        metrics.transport().watchEventLoopBacklog(pending::get);
        System.gc(); // the gauge's lambda is referenced by the registry alone

        assertThat(metrics.scrape()).contains("\nhearth_event_loop_pending_tasks 7.0\n");
        pending.set(0);
        assertThat(metrics.scrape()).contains("\nhearth_event_loop_pending_tasks 0.0\n");
    }

    @Test
    void theReadingsForTheOperatorsViewFollowWhatWasRecorded() {
        RoomMetrics room = metrics.room("lounge");
        for (int i = 0; i < 10; i++) {
            room.fannedOut(200_000); // 0.2 ms
            room.fannedOut(20_000_000); // 20 ms
        }
        metrics.store().committed(3, 3_000_000); // 3 ms
        metrics.transport().opened();
        metrics.transport().opened();
        metrics.transport().closedConnection();
        metrics.transport().framesOut(7, 700);
        metrics.transport().slowConsumerDisconnected();

        org.hearth.server.metrics.ServerReadings readings = metrics.readings();

        assertThat(readings.connectionsOpen()).isEqualTo(1);
        assertThat(readings.framesSent()).isEqualTo(7);
        assertThat(readings.slowConsumerDisconnects()).isEqualTo(1);
        assertThat(readings.fanOut().count()).isEqualTo(20);
        // the buckets are cumulative, as Prometheus has them: the 75th percentile is among the slow half
        assertThat(readings.fanOut().quantileSince(org.hearth.server.metrics.LatencyCounts.EMPTY, 0.75))
                .isBetween(0.01, 0.025);
        assertThat(readings.fanOut().quantileSince(org.hearth.server.metrics.LatencyCounts.EMPTY, 0.25))
                .isBetween(0.0001, 0.00025);
        assertThat(readings.storeCommit().quantileSince(org.hearth.server.metrics.LatencyCounts.EMPTY, 0.99))
                .isBetween(0.0025, 0.005);
    }
}
