package org.hearth.server.room;

/**
 * How many events happened in the last minute, counted per second in a ring of 60 slots: adding
 * is two array writes, reading sums the slots still inside the minute. For the operators' live
 * room view (messages per minute), which wants a recent rate, not a total since start.
 *
 * <p>Threading: not thread-safe; owned by the room's thread, like the room.
 */
final class MinuteCounter {
    private static final int SECONDS = 60;

    private final long[] second = new long[SECONDS];
    private final int[] count = new int[SECONDS];

    /** One event at {@code nowMillis}. */
    void add(long nowMillis) {
        long now = Math.floorDiv(nowMillis, 1000);
        int slot = (int) Math.floorMod(now, SECONDS);
        if (second[slot] != now) {
            second[slot] = now; // the slot last counted a second a minute or more ago: start it again
            count[slot] = 0;
        }
        count[slot]++;
    }

    /** Events in the 60 seconds up to and including the second of {@code nowMillis}. */
    int lastMinute(long nowMillis) {
        long now = Math.floorDiv(nowMillis, 1000);
        int sum = 0;
        for (int slot = 0; slot < SECONDS; slot++) {
            if (count[slot] > 0 && now - second[slot] < SECONDS && second[slot] <= now) {
                sum += count[slot];
            }
        }
        return sum;
    }
}
