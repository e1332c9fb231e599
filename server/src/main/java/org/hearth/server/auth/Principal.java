package org.hearth.server.auth;

import java.time.Instant;
import org.hearth.protocol.RoomId;

/**
 * A signed-in staff member, as a connection carries it.
 *
 * @param account the account signed in to
 * @param expires when the sign-in ends
 */
public record Principal(Account account, Instant expires) {
    public Role role() {
        return account.role();
    }

    public boolean moderates(RoomId room) {
        return account.moderates(room);
    }
}
