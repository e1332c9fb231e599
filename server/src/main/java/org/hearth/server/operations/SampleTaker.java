package org.hearth.server.operations;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.server.metrics.ServerReadings;
import org.hearth.server.room.RoomPulse;

/**
 * Turns the server's figures, read a period apart, into one {@link HealthSample}: rates and 99th
 * percentiles over the period between the two readings, not since start, so a burst shows when
 * it happened. Each room's messages in the last minute come from its pulse.
 *
 * <p>Threading: not thread-safe; owned by the feed's thread.
 */
final class SampleTaker {
    private static final double P99 = 0.99;

    private final Map<String, Integer> roomIndex = new HashMap<>();
    private final int roomCount;
    private ServerReadings previous;
    private long previousAt;

    /**
     * @param rooms the rooms, in the order the samples list them
     * @param first the figures at start, which the first sample is measured from
     * @param at when they were read (epoch millis)
     */
    SampleTaker(List<String> rooms, ServerReadings first, long at) {
        for (String room : rooms) {
            roomIndex.put(room, roomIndex.size());
        }
        this.roomCount = rooms.size();
        this.previous = first;
        this.previousAt = at;
    }

    /**
     * The sample for the period since the last one.
     *
     * @param pulses the rooms' pulses now; null when the rooms did not answer in time
     */
    HealthSample take(long now, ServerReadings readings, List<RoomPulse> pulses) {
        double seconds = Math.max(0, now - previousAt) / 1000.0;
        long delivered = Math.max(0, readings.framesSent() - previous.framesSent());
        double deliveriesPerSecond = seconds > 0 ? Math.round(delivered / seconds * 10) / 10.0 : 0;
        Double fanOut = millis(readings.fanOut().quantileSince(previous.fanOut(), P99));
        Double commit = millis(readings.storeCommit().quantileSince(previous.storeCommit(), P99));
        long slow = Math.max(0, readings.slowConsumerDisconnects() - previous.slowConsumerDisconnects());
        int[] rates = new int[roomCount];
        Arrays.fill(rates, -1);
        if (pulses != null) {
            for (RoomPulse pulse : pulses) {
                Integer index = roomIndex.get(pulse.room());
                if (index != null) {
                    rates[index] = pulse.messagesLastMinute();
                }
            }
        }
        previous = readings;
        previousAt = now;
        return new HealthSample(now, readings.connectionsOpen(), deliveriesPerSecond, fanOut, commit, slow, rates);
    }

    /** Seconds as milliseconds to a hundredth, or null for none. */
    private static Double millis(Double seconds) {
        return seconds == null ? null : Math.round(seconds * 100_000) / 100.0;
    }
}
