package org.hearth.server.room;

import org.hearth.protocol.RoomSummary;

/**
 * The room's charter summary as members see it on joining (title, purpose, rules, support), which
 * an operator may change while the room runs. One holder, read by every desk that quotes it.
 * Owned by the room's thread.
 */
final class RoomCharter {
    private RoomSummary summary;

    RoomCharter(RoomSummary summary) {
        this.summary = summary;
    }

    RoomSummary summary() {
        return summary;
    }

    void replace(RoomSummary next) {
        summary = next;
    }
}
