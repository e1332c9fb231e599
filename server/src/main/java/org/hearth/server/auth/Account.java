package org.hearth.server.auth;

import java.util.Set;
import org.hearth.protocol.RoomId;

/**
 * A staff account.
 *
 * @param name the sign-in name, also shown to members beside the role (1-32 of a-z, 0-9, '-', '_')
 * @param role what the account may do
 * @param rooms the rooms a moderator moderates (operators act in every room; theirs is empty)
 * @param passwordHash the password's Argon2id hash in PHC string form; never the password
 */
public record Account(String name, Role role, Set<RoomId> rooms, String passwordHash) {
    public static final int MAX_NAME_LENGTH = 32;

    public Account {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("account name '" + name + "' (expected: 1-" + MAX_NAME_LENGTH
                    + " of a-z, 0-9, '-', '_')");
        }
        rooms = Set.copyOf(rooms);
    }

    /** Whether this account may moderate the room. */
    public boolean moderates(RoomId room) {
        return role == Role.OPERATOR || rooms.contains(room);
    }

    public Account withPasswordHash(String hash) {
        return new Account(name, role, rooms, hash);
    }

    public static boolean isValidName(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
