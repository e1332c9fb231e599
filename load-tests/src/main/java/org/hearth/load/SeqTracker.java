package org.hearth.load;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks one client's deliveries in one room against the room's sequence numbers: which were
 * never received (lost), received twice (duplicates) or after a later one (out of order).
 *
 * <p>The server promises 1, 2, 3, ... with no gaps, in order, each once. The fast path is one
 * comparison; a gap remembers the missing numbers (few, in a correct server) so that a late
 * arrival counts as out of order rather than as a duplicate. Owned by the client's event loop.
 */
public final class SeqTracker {
    /** Past this many missing numbers, later ones are only counted, not remembered. */
    static final int MAX_REMEMBERED_GAPS = 1_000_000;

    private long next = -1; // the next expected seq; -1 until started
    private long received;
    private long duplicates;
    private long outOfOrder;
    private long missingNotRemembered;
    private Set<Long> missing; // null while there has been no gap

    /** Starts (or restarts after a reset) counting from the message after {@code headSeq}. */
    public void start(long headSeq) {
        next = headSeq + 1;
        if (missing != null) {
            missing.clear();
        }
    }

    public boolean started() {
        return next >= 0;
    }

    /** Records one delivery; returns false when it was a duplicate or out of order. */
    public boolean onSeq(long seq) {
        if (seq == next) {
            next++;
            received++;
            return true;
        }
        if (seq > next) {
            if (missing == null) {
                missing = new HashSet<>();
            }
            for (long s = next; s < seq; s++) {
                if (missing.size() < MAX_REMEMBERED_GAPS) {
                    missing.add(s);
                } else {
                    missingNotRemembered++;
                }
            }
            next = seq + 1;
            received++;
            return true; // in order; the gap is counted as missing until it is filled
        }
        // seq < next: either a late arrival that fills a gap, or one already seen.
        if (missing != null && missing.remove(seq)) {
            outOfOrder++;
            received++;
        } else {
            duplicates++;
        }
        return false;
    }

    /** The highest seq seen so far (0 before any). */
    public long highest() {
        return Math.max(0, next - 1);
    }

    /** The last seq up to which everything was received: what a resuming client sends as lastSeq. */
    public long contiguous() {
        if (missing == null || missing.isEmpty()) {
            return highest();
        }
        long lowest = Long.MAX_VALUE;
        for (long s : missing) {
            lowest = Math.min(lowest, s);
        }
        return lowest - 1;
    }

    /** Messages up to {@code roomHead} that never arrived. */
    public long lost(long roomHead) {
        long gaps = (missing == null ? 0 : missing.size()) + missingNotRemembered;
        long tail = next < 0 ? 0 : Math.max(0, roomHead - (next - 1));
        return gaps + tail;
    }

    public long received() {
        return received;
    }

    public long duplicates() {
        return duplicates;
    }

    public long outOfOrder() {
        return outOfOrder;
    }
}
