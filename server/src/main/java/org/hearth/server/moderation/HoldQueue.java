package org.hearth.server.moderation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A room's held messages, waiting for a moderator, most urgent first and oldest first within a
 * level. Owned by the room's thread.
 */
public final class HoldQueue {
    private static final Comparator<HeldMessage> MOST_URGENT_FIRST =
            Comparator.comparing((HeldMessage held) -> held.hold().level()).reversed()
                    .thenComparing(held -> held.candidate().time());

    private final List<HeldMessage> held = new ArrayList<>();

    public void add(HeldMessage message) {
        held.add(message);
    }

    /** Takes the held message with this id out of the queue; null when none waits (already decided). */
    public HeldMessage take(String id) {
        for (int i = 0; i < held.size(); i++) {
            if (held.get(i).id().equals(id)) {
                return held.remove(i);
            }
        }
        return null;
    }

    public int size() {
        return held.size();
    }

    /** The held messages in the order a moderator should see them. */
    public List<HeldMessage> inReviewOrder() {
        List<HeldMessage> ordered = new ArrayList<>(held);
        ordered.sort(MOST_URGENT_FIRST);
        return ordered;
    }
}
