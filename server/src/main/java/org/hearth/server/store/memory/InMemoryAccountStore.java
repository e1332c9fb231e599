package org.hearth.server.store.memory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hearth.server.store.AccountStore;

/** Staff accounts in memory: forgotten on restart. Thread-safe. */
public final class InMemoryAccountStore implements AccountStore {
    private final Map<String, StoredAccount> byName = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredAccount> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public void save(StoredAccount account) {
        byName.put(account.name(), account);
    }

    @Override
    public boolean anyOperator() {
        return byName.values().stream().anyMatch(account -> "operator".equals(account.role()));
    }
}
