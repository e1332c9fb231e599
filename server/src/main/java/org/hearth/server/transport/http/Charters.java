package org.hearth.server.transport.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.protocol.RoomId;
import org.hearth.server.config.Charter;
import org.hearth.server.config.RoomConfig;
import org.hearth.server.room.DutyBoard;

/**
 * Each room's charter as the public JSON document, with whether a moderator is on duty now.
 * Thread-safe: read by every event loop, replaced when an operator edits a charter.
 */
public final class Charters {
    private final Map<RoomId, RoomConfig> rooms = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<RoomId> order;
    private final DutyBoard duty;

    public Charters(List<RoomConfig> rooms, DutyBoard duty) {
        rooms.forEach(room -> this.rooms.put(room.id(), room));
        this.order = rooms.stream().map(RoomConfig::id).toList();
        this.duty = duty;
    }

    /** The room's charter as it is after an operator's edit. */
    public void update(RoomConfig room) {
        rooms.put(room.id(), room);
    }

    /**
     * The public room list for the page's first screen ({@code GET /rooms}): each room in
     * configuration order with its title, purpose, rules and whether a moderator is on duty now.
     * The full charter stays at {@code /rooms/{room}/charter}.
     */
    public List<Map<String, Object>> list() {
        return order.stream().map(rooms::get).map(room -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("room", room.id().value());
            entry.put("title", room.title());
            entry.put("purpose", room.purpose());
            entry.put("rules", room.charter().rules());
            entry.put("onDuty", duty.onDuty(room.id()));
            entry.put("charter", "/rooms/" + room.id().value() + "/charter");
            return entry;
        }).toList();
    }

    /** The charter document of the room, or null when there is no such room. */
    public Map<String, Object> document(RoomId id) {
        RoomConfig room = rooms.get(id);
        if (room == null) {
            return null;
        }
        Charter charter = room.charter();
        Map<String, Object> policies = new LinkedHashMap<>();
        policies.put("risk", charter.policies().risk());
        policies.put("suicideDiscussion", charter.policies().suicideDiscussion());
        policies.put("links", charter.policies().links());
        policies.put("slowModeSeconds", charter.policies().slowMode().toSeconds());
        policies.put("whenUnmoderated", charter.policies().whenUnmoderated());
        policies.put("abuse", charter.policies().abuse());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("room", id.value());
        document.put("title", room.title());
        document.put("purpose", room.purpose());
        document.put("rules", charter.rules());
        document.put("locale", charter.locale());
        document.put("moderationHours", charter.moderationHours());
        document.put("moderated", true);
        document.put("moderatorOnDuty", duty.onDuty(id));
        document.put("supportResources", charter.support());
        document.put("policies", policies);
        document.put("retentionDays", room.retention().toDays());
        document.put("filters", room.filters());
        return document;
    }
}
