package org.hearth.load;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What the members on one event loop counted. Touched only on that loop's thread: the collector
 * reads it by running {@link #snapshot} there, so the receive path needs no atomics.
 */
public final class LoopStats {
    /** Latency histograms record microseconds, up to this (bigger values are clamped). */
    public static final long MAX_MICROS = 120_000_000L;

    public enum Kind {
        /** Ordinary messages delivered live to ordinary members. */
        PLAIN,
        /** Messages meant to trip a moderation filter, delivered live to ordinary members. */
        MODERATED,
        /** Any message delivered to a member playing a slow reader. */
        SLOW,
        /** From starting to connect until the join was answered. */
        SETUP
    }

    final EventLoop loop;
    final List<VirtualMember> members = new ArrayList<>();
    final FrameScanner.MessageFields fields = new FrameScanner.MessageFields();
    /** Each text frame's payload is copied here once (one memcpy), then scanned as an array. */
    private byte[] scratch = new byte[4096];
    /** When the current read arrived: one clock read per socket read, not per frame. */
    long readNanos;
    private final Histogram[] interval = new Histogram[Kind.values().length];

    // cumulative counters
    long deliveries;          // live messages received by tracked members
    long untrackedDeliveries; // live messages received by members not tracked (churners, slow readers)
    long historyDeliveries;   // messages received in a joined frame's history after a resume
    long deliveredBytes;
    long redacted;
    long presence;
    long sends;
    long acksSent;
    long acksHeld;
    long acksRejected;
    long otherFrames;
    long beforeJoin;          // messages that arrived before the member's joined frame
    long duplicatesSeen;
    long outOfOrderSeen;
    final Map<String, Long> errors = new TreeMap<>();
    final Map<String, Long> closes = new TreeMap<>();
    final Map<String, Long> connectFailures = new TreeMap<>();

    LoopStats(EventLoop loop) {
        this.loop = loop;
        for (int i = 0; i < interval.length; i++) {
            interval[i] = newHistogram();
        }
    }

    byte[] scratch(int length) {
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        return scratch;
    }

    static Histogram newHistogram() {
        return new Histogram(MAX_MICROS, 3);
    }

    void record(Kind kind, long nanos) {
        long micros = Math.max(0, nanos / 1000);
        interval[kind.ordinal()].recordValue(Math.min(micros, MAX_MICROS));
    }

    static void count(Map<String, Long> map, String key) {
        map.merge(key, 1L, Long::sum);
    }

    /** Copies the counters and the histograms since the last snapshot, then clears those. Loop thread only. */
    Snapshot snapshot() {
        Histogram[] copies = new Histogram[interval.length];
        for (int i = 0; i < interval.length; i++) {
            copies[i] = interval[i].copy();
            interval[i].reset();
        }
        return new Snapshot(deliveries, untrackedDeliveries, historyDeliveries, deliveredBytes, redacted, presence,
                sends, acksSent, acksHeld, acksRejected, otherFrames, beforeJoin, duplicatesSeen, outOfOrderSeen,
                new TreeMap<>(errors), new TreeMap<>(closes), new TreeMap<>(connectFailures), copies);
    }

    /** Cumulative counters plus the latency recorded since the previous snapshot. */
    record Snapshot(long deliveries, long untrackedDeliveries, long historyDeliveries, long deliveredBytes,
                    long redacted, long presence, long sends, long acksSent, long acksHeld, long acksRejected,
                    long otherFrames, long beforeJoin, long duplicatesSeen, long outOfOrderSeen,
                    Map<String, Long> errors, Map<String, Long> closes, Map<String, Long> connectFailures,
                    Histogram[] latency) {
        Histogram latency(Kind kind) {
            return latency[kind.ordinal()];
        }
    }
}
