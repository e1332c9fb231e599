package org.hearth.server.store.memory;

import org.hearth.server.store.Stores;

/** Every store kept in memory, together: nothing survives a restart. */
public final class InMemoryStores {
    private InMemoryStores() {
    }

    public static Stores open() {
        InMemoryMessageStore messages = new InMemoryMessageStore();
        return new Stores(messages, messages, new InMemoryAccountStore(), new InMemoryAuditLog(), new InMemoryMuteStore(),
                new InMemoryCharterStore());
    }
}
