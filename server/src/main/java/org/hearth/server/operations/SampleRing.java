package org.hearth.server.operations;

import java.util.ArrayList;
import java.util.List;

/**
 * The last {@code capacity} samples, the oldest overwritten first: an hour of them, so a page
 * opened now charts the last hour at once, in memory that does not grow.
 *
 * <p>Threading: not thread-safe; owned by the feed's thread.
 */
final class SampleRing {
    private final HealthSample[] slots;
    private int next;
    private int size;

    SampleRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity: " + capacity + " (expected: > 0)");
        }
        this.slots = new HealthSample[capacity];
    }

    void add(HealthSample sample) {
        slots[next] = sample;
        next = (next + 1) % slots.length;
        size = Math.min(size + 1, slots.length);
    }

    /** Every sample kept, the oldest first. */
    List<HealthSample> oldestFirst() {
        List<HealthSample> out = new ArrayList<>(size);
        int first = size < slots.length ? 0 : next;
        for (int i = 0; i < size; i++) {
            out.add(slots[(first + i) % slots.length]);
        }
        return out;
    }
}
