package org.hearth.load;

/**
 * An open-loop send schedule: message {@code i} is due at {@code start + i / rate}, whatever the
 * server did with the earlier ones. Senders take every due message on each timer tick and stamp it
 * with its <em>scheduled</em> time, so a server (or generator) that falls behind shows up as
 * latency, not as less load offered (no coordinated omission).
 *
 * <p>Not thread-safe: one schedule per event loop.
 */
public final class OpenLoopSchedule {
    private final long startNanos;
    private final long endNanos;
    private final double nanosPerMessage;
    private long next;

    /**
     * @param startNanos when message 0 is due ({@link System#nanoTime()} time base)
     * @param endNanos messages due at or after this are not sent
     * @param ratePerSecond aggregate messages per second; 0 sends nothing
     */
    public OpenLoopSchedule(long startNanos, long endNanos, double ratePerSecond) {
        if (ratePerSecond < 0) {
            throw new IllegalArgumentException("ratePerSecond: " + ratePerSecond + " (expected: >= 0)");
        }
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.nanosPerMessage = ratePerSecond == 0 ? Double.POSITIVE_INFINITY : 1e9 / ratePerSecond;
    }

    /** When message {@code index} is due. */
    public long scheduledNanos(long index) {
        return startNanos + (long) (index * nanosPerMessage);
    }

    /** Whether another message is due at {@code nowNanos}; if so, {@link #take} returns it. */
    public boolean hasDue(long nowNanos) {
        if (nanosPerMessage == Double.POSITIVE_INFINITY) {
            return false;
        }
        long at = scheduledNanos(next);
        return at <= nowNanos && at < endNanos;
    }

    /** The index of the next message, which is then taken. */
    public long take() {
        return next++;
    }

    /** How many messages were taken so far. */
    public long taken() {
        return next;
    }

    /** How many messages the whole schedule has: those due before its end. */
    public long total() {
        if (nanosPerMessage == Double.POSITIVE_INFINITY || endNanos <= startNanos) {
            return 0;
        }
        return (long) Math.ceil((endNanos - startNanos) / nanosPerMessage);
    }

    public boolean finished() {
        return nanosPerMessage == Double.POSITIVE_INFINITY || scheduledNanos(next) >= endNanos;
    }
}
