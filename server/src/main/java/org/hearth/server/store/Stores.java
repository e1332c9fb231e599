package org.hearth.server.store;

/**
 * One backend's stores, opened together and closed together.
 *
 * @param messages messages and sequence counters
 * @param rooms rooms and their settings
 * @param accounts staff accounts
 * @param audit the record of moderation decisions
 * @param mutes mutes that outlive a restart
 * @param charters operators' edits of room charters
 */
public record Stores(MessageStore messages, RoomCatalog rooms, AccountStore accounts, AuditLog audit, MuteStore mutes,
                     CharterStore charters)
        implements AutoCloseable {
    @Override
    public void close() {
        messages.close();
    }
}
