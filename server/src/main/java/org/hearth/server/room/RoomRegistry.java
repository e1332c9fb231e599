package org.hearth.server.room;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.protocol.RoomId;

/** The rooms that exist, by name. Built at start-up; read-only afterwards, so safe from any thread. */
public final class RoomRegistry {
    private final Map<RoomId, Room> rooms;

    public RoomRegistry(Collection<Room> rooms) {
        Map<RoomId, Room> byId = new LinkedHashMap<>();
        for (Room room : rooms) {
            if (byId.putIfAbsent(room.id(), room) != null) {
                throw new IllegalArgumentException("room " + room.id() + " is configured twice");
            }
        }
        this.rooms = java.util.Collections.unmodifiableMap(byId); // keeps the configured order, which Map.copyOf does not
    }

    /** The room with this name, or null. */
    public Room get(RoomId id) {
        return rooms.get(id);
    }

    /** Every room's health now, in the registry's order, each taken on its own room's thread. */
    public java.util.concurrent.CompletableFuture<java.util.List<RoomPulse>> pulses() {
        java.util.List<java.util.concurrent.CompletableFuture<RoomPulse>> each = all().stream().map(Room::pulse).toList();
        return java.util.concurrent.CompletableFuture.allOf(each.toArray(java.util.concurrent.CompletableFuture[]::new))
                .thenApply(done -> each.stream().map(java.util.concurrent.CompletableFuture::join).toList());
    }

    public Collection<Room> all() {
        return rooms.values();
    }
}
