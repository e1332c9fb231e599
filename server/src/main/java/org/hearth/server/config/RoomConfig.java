package org.hearth.server.config;

import org.hearth.protocol.RoomId;

/**
 * A room that exists from start-up.
 *
 * @param id the room's name
 * @param title its display name
 * @param purpose who the room is for, in a sentence or two
 */
public record RoomConfig(RoomId id, String title, String purpose) {
}
