package org.hearth.server.config;

import java.time.Duration;
import org.hearth.protocol.RoomId;

/**
 * A room that exists from start-up.
 *
 * @param id the room's name
 * @param title its display name
 * @param purpose who the room is for, in a sentence or two
 * @param retention how long its messages are kept before they are deleted
 */
public record RoomConfig(RoomId id, String title, String purpose, Duration retention) {
}
