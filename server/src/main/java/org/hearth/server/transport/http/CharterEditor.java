package org.hearth.server.transport.http;

import java.util.Map;
import org.hearth.protocol.RoomId;

/** What the charter route needs from the server: an operator's edit, checked, kept and applied. */
@FunctionalInterface
public interface CharterEditor {
    /**
     * Checks the edit, stores it and applies it to the running room; blocking (call off event loops).
     *
     * @param fields the edit as parsed JSON values
     * @param operator the operator's account name, for the audit log
     * @return the room's charter document after the edit, or null when there is no such room
     * @throws IllegalArgumentException when the edit is not valid, saying why
     */
    Map<String, Object> edit(RoomId room, Map<String, Object> fields, String operator);
}
