package org.hearth.server.store.memory;

import org.hearth.server.store.StoreContractTest;
import org.hearth.server.store.Stores;

/** The in-memory stores keep the same contract as the durable ones, within one process. */
class InMemoryStoreTest extends StoreContractTest {
    private final Stores stores = InMemoryStores.open();

    @Override
    protected Stores open() {
        return stores;
    }
}
