package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.Protocol;
import org.hearth.protocol.RoomId;
import org.hearth.server.auth.Accounts;
import org.hearth.server.auth.PasswordHasher;
import org.hearth.server.auth.Role;
import org.hearth.server.auth.SignInLimiter;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.store.Stores;
import org.hearth.server.store.sqlite.SqliteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Staff sign in over HTTP and present the token on the WebSocket upgrade. */
class StaffSignInEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path data;
    private final String password;
    private final RunningServer server;

    StaffSignInEndToEndTest() throws Exception {
        data = Files.createTempDirectory("hearth-data");
        try (Stores stores = SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, data, false, 100))) {
            password = new Accounts(stores.accounts(), new PasswordHasher())
                    .create("jo", Role.MODERATOR, Set.of(new RoomId("lounge")));
        }
        server = RunningServer.start(data);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> signIn(String name, String secret) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("name", name, "password", secret));
        return http.send(HttpRequest.newBuilder(server.url.resolve("/auth/sign-in"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int upgradeStatus(String bearer) {
        URI ws = URI.create("ws://" + server.url.getAuthority() + Protocol.WEBSOCKET_PATH);
        try {
            WebSocket socket = http.newWebSocketBuilder().subprotocols(Protocol.SUBPROTOCOL)
                    .header("Authorization", "Bearer " + bearer)
                    .buildAsync(ws, new WebSocket.Listener() { })
                    .orTimeout(10, TimeUnit.SECONDS).join();
            socket.abort();
            return 101;
        } catch (CompletionException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof WebSocketHandshakeException refused) {
                    return refused.getResponse().statusCode();
                }
            }
            throw e;
        }
    }

    @Test
    void aModeratorSignsInAndTheWebSocketUpgradeAcceptsTheToken() throws Exception {
        HttpResponse<String> response = signIn("jo", password);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("role").asText()).isEqualTo("moderator");
        assertThat(body.path("rooms").get(0).asText()).isEqualTo("lounge");
        assertThat(response.headers().firstValue("set-cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("hearth_session=").contains("HttpOnly", "SameSite=Strict"));
        assertThat(upgradeStatus(body.path("token").asText())).isEqualTo(101);
    }

    @Test
    void anUnknownTokenIsRefusedBeforeTheUpgrade() {
        assertThat(upgradeStatus("not-a-token-the-server-gave")).isEqualTo(401);
    }

    @Test
    void wrongPasswordsGet401AndThenAreRateLimitedWith429() throws Exception {
        for (int i = 0; i < SignInLimiter.MAX_FAILURES; i++) {
            assertThat(signIn("jo", "guess" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> limited = signIn("jo", password);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("retry-after")).isPresent();
        assertThat(limited.body()).contains("too many failed sign-ins");
    }

    @Test
    void aMalformedSignInIsA400() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.url.resolve("/auth/sign-in"))
                .POST(HttpRequest.BodyPublishers.ofString("name=jo&password=x")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
    }
}
