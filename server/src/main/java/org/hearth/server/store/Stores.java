package org.hearth.server.store;

/**
 * One backend's stores, opened together and closed together.
 *
 * @param messages messages and sequence counters
 * @param rooms rooms and their settings
 */
public record Stores(MessageStore messages, RoomCatalog rooms) implements AutoCloseable {
    @Override
    public void close() {
        messages.close();
    }
}
