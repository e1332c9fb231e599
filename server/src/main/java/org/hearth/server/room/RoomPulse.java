package org.hearth.server.room;

import java.util.Map;

/**
 * One room's health at a moment, for the operators' live view: a snapshot taken on the room's
 * thread. Immutable.
 *
 * @param room the room's name
 * @param title the room's title
 * @param membersOnline members whose connection is up now (away members, who may still resume, not counted)
 * @param messagesLastMinute messages posted to the room in the last 60 seconds
 * @param heldByLevel held messages waiting for a moderator, by lower-case triage level (every level present)
 * @param oldestHeldSeconds how long the oldest held message has waited; 0 when none waits
 * @param moderatorOnDuty whether a moderator of the room is in it and on duty
 */
public record RoomPulse(String room, String title, int membersOnline, int messagesLastMinute,
                        Map<String, Integer> heldByLevel, long oldestHeldSeconds, boolean moderatorOnDuty) {
    public RoomPulse {
        heldByLevel = Map.copyOf(heldByLevel);
    }
}
