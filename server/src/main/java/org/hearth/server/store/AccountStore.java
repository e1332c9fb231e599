package org.hearth.server.store;

import java.util.Optional;
import java.util.Set;

/** Staff accounts, by name. Blocking: call off event loops. */
public interface AccountStore {

    /**
     * An account as kept.
     *
     * @param name the sign-in name
     * @param role {@code moderator} or {@code operator}
     * @param rooms the rooms a moderator moderates
     * @param passwordHash the password hash (PHC string); never a password
     */
    record StoredAccount(String name, String role, Set<String> rooms, String passwordHash) {
        public StoredAccount {
            rooms = Set.copyOf(rooms);
        }
    }

    Optional<StoredAccount> find(String name);

    /** Creates the account, or replaces it (role, rooms, hash) when one by that name exists. */
    void save(StoredAccount account);

    /** Whether any account has the operator role. */
    boolean anyOperator();
}
