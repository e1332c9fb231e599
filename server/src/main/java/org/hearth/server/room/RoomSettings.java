package org.hearth.server.room;

import java.time.Duration;

/**
 * What every room is configured with.
 *
 * @param historyWindow messages kept in memory for resume
 * @param historyOnJoin messages sent on a first join (and with a reset)
 * @param resumeGrace how long an away member keeps its place (and handle) in the room
 * @param roomsPerSession how many rooms one session may be in at once
 * @param catchUpLimit the most messages a returning member is sent from the store beyond the
 *     window; further behind, it is told to reset
 */
public record RoomSettings(int historyWindow, int historyOnJoin, Duration resumeGrace, int roomsPerSession,
                           int catchUpLimit) {
}
