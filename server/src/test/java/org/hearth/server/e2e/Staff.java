package org.hearth.server.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.auth.Accounts;
import org.hearth.server.auth.PasswordHasher;
import org.hearth.server.auth.Role;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.store.Stores;
import org.hearth.server.store.sqlite.SqliteStore;

/** Staff accounts for end-to-end tests: created in a fresh data folder, signed in over HTTP, joined over WebSocket. */
final class Staff {
    private Staff() {
    }

    /** A new data folder holding one moderator account of {@code room}; returns the folder and the password. */
    record Seeded(Path data, String password) {
    }

    static Seeded moderatorOf(String name, RoomId room) throws IOException {
        return seeded(name, Role.MODERATOR, Set.of(room));
    }

    /** A new data folder holding one operator account. */
    static Seeded operator(String name) throws IOException {
        return seeded(name, Role.OPERATOR, Set.of());
    }

    private static Seeded seeded(String name, Role role, Set<RoomId> rooms) throws IOException {
        Path data = Files.createTempDirectory("hearth-data");
        try (Stores stores = SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, data, false, 100))) {
            return new Seeded(data, new Accounts(stores.accounts(), new PasswordHasher()).create(name, role, rooms));
        }
    }

    /** Signs in over HTTP; returns the staff token. */
    static String signIn(URI server, String name, String password) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> signedIn = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.resolve("/auth/sign-in"))
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("name", name, "password", password))))
                        .timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(signedIn.body()).path("token").asText();
    }

    /** A signed-in moderator's client, greeted and joined to {@code room}. */
    static WsClient joined(URI server, String token, String handle, RoomId room) {
        WsClient client = WsClient.connect(server, null, token);
        client.send(new ClientMessage.Hello(new Handle(handle), null));
        client.await(ServerMessage.Welcome.class);
        client.send(new ClientMessage.Join(room, null));
        client.await(ServerMessage.Joined.class);
        return client;
    }
}
