package org.hearth.server.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hearth.protocol.RoomId;
import org.hearth.server.config.RoomConfig;
import org.hearth.server.moderation.FilterChain;

/**
 * A real server with the lounge, its moderator "jo" signed in, and the clients a test opens on it:
 * members joined under a handle, and jo on duty's side. Closing it closes them all and the server.
 */
final class ModeratedLounge implements AutoCloseable {
    static final RoomId LOUNGE = new RoomId("lounge");

    final RunningServer server;
    final String moderatorToken;
    private final List<WsClient> clients = new ArrayList<>();

    private ModeratedLounge(RunningServer server, String moderatorToken) {
        this.server = server;
        this.moderatorToken = moderatorToken;
    }

    /** With the filters the server ships. */
    static ModeratedLounge start() throws Exception {
        Staff.Seeded seeded = Staff.moderatorOf("jo", LOUNGE);
        return signedIn(RunningServer.start(seeded.data()), seeded);
    }

    /** With the given filter chain in every room instead. */
    static ModeratedLounge start(Function<RoomConfig, FilterChain> filters) throws Exception {
        Staff.Seeded seeded = Staff.moderatorOf("jo", LOUNGE);
        return signedIn(RunningServer.start(seeded.data(), filters), seeded);
    }

    private static ModeratedLounge signedIn(RunningServer server, Staff.Seeded seeded) throws Exception {
        return new ModeratedLounge(server, Staff.signIn(server.url, "jo", seeded.password()));
    }

    /** A member who said hello as {@code handle} and joined the lounge. */
    WsClient member(String handle) {
        WsClient client = WsClient.joined(server.url, handle, LOUNGE.value());
        clients.add(client);
        return client;
    }

    /** jo, signed in, in the lounge. */
    WsClient moderator() {
        WsClient client = Staff.joined(server.url, moderatorToken, "jo", LOUNGE);
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        clients.forEach(WsClient::close);
        server.close();
    }
}
