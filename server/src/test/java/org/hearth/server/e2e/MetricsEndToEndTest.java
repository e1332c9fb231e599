package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real conversation, scraped at {@code GET /metrics} as Prometheus would, by a signed-in operator. */
class MetricsEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");
    private static final String ROOM = "room=\"lounge\"";

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
    }

    private RunningServer server(java.nio.file.Path data, String... settings) {
        RunningServer server = RunningServer.start(data, settings);
        open.add(server);
        return server;
    }

    private WsClient member(RunningServer server, String handle) {
        WsClient client = WsClient.joined(server.url, handle, "lounge");
        open.add(client);
        return client;
    }

    @Test
    void countersAndHistogramsFollowAConversationWithAHeldMessageApprovedByAModerator() throws Exception {
        Staff.Seeded seeded = Staff.operator("olive");
        RunningServer server = server(seeded.data(), "room.lounge.words.hold", "teapot");
        String token = Staff.signIn(server.url, "olive", seeded.password());
        WsClient ash = member(server, "ash");
        WsClient birch = member(server, "birch");
        WsClient olive = Staff.joined(server.url, token, "olive", LOUNGE);
        open.add(olive);

        ash.send(new ClientMessage.Send(LOUNGE, "m1", "good evening everyone"));
        birch.await(ServerMessage.Message.class, m -> m.text().equals("good evening everyone"));
        birch.send(new ClientMessage.Send(LOUNGE, "m2", "evening, ash"));
        ash.await(ServerMessage.Message.class, m -> m.text().equals("evening, ash"));
        ash.send(new ClientMessage.Send(LOUNGE, "m3", "I broke my grandmother's teapot today"));
        ServerMessage.Held held = olive.await(ServerMessage.Held.class);

        Scrape whileHeld = Scrape.of(server.url, token);
        assertThat(whileHeld.status()).isEqualTo(200);
        assertThat(whileHeld.value("hearth_messages_received_total", ROOM)).isEqualTo(3);
        assertThat(whileHeld.value("hearth_messages_broadcast_total", ROOM)).isEqualTo(2);
        assertThat(whileHeld.value("hearth_messages_held_total", ROOM, "filter=\"words.hold\"")).isEqualTo(1);
        assertThat(whileHeld.value("hearth_hold_queue_messages", ROOM, "level=\"" + held.level() + "\"")).isEqualTo(1);
        assertThat(whileHeld.value("hearth_hold_queue_messages", ROOM)).isEqualTo(1);
        assertThat(whileHeld.value("hearth_hold_oldest_age_seconds", ROOM)).isGreaterThanOrEqualTo(0);
        assertThat(whileHeld.value("hearth_rooms_without_moderator")).isZero();
        assertThat(whileHeld.value("hearth_connections_open")).isEqualTo(3);
        assertThat(whileHeld.text()).contains("\nhearth_event_loop_pending_tasks ");
        assertThat(whileHeld.value("hearth_event_loop_pending_tasks")).isGreaterThanOrEqualTo(0);

        olive.send(new ClientMessage.Approve(LOUNGE, held.heldId()));
        birch.await(ServerMessage.Message.class, m -> m.text().equals("I broke my grandmother's teapot today"));
        ash.await(ServerMessage.Ack.class, ack -> ack.clientMsgId().equals("m3") && ack.seq() != null);

        Scrape after = Scrape.of(server.url, token);
        assertThat(after.value("hearth_messages_received_total", ROOM)).isEqualTo(3);
        assertThat(after.value("hearth_messages_broadcast_total", ROOM)).isEqualTo(3);
        assertThat(after.value("hearth_hold_decision_seconds_count", ROOM)).isEqualTo(1);
        assertThat(after.value("hearth_hold_queue_messages", ROOM)).isZero();
        assertThat(after.value("hearth_hold_oldest_age_seconds", ROOM)).isZero();
        assertThat(after.value("hearth_ack_latency_seconds_count")).isEqualTo(3);
        assertThat(after.value("hearth_fanout_latency_seconds_count")).isEqualTo(3);
        assertThat(after.value("hearth_fanout_latency_seconds_sum")).isPositive();
        assertThat(after.value("hearth_filter_chain_seconds_count")).isEqualTo(3);
        assertThat(after.value("hearth_filter_seconds_count", "filter=\"safety.risk\"")).isEqualTo(3);
        assertThat(after.value("hearth_filter_seconds_count", "filter=\"words.hold\"")).isEqualTo(3);
        assertThat(after.value("hearth_store_commit_batch_messages_sum")).isEqualTo(3);
        assertThat(after.value("hearth_store_commit_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(after.value("hearth_frames_received_total")).isGreaterThanOrEqualTo(3 * 2 + 3 + 1);
        assertThat(after.value("hearth_frames_sent_total")).isGreaterThan(whileHeld.value("hearth_frames_sent_total"));
        // every frame carries at least its 2-byte header and a JSON object
        assertThat(after.value("hearth_bytes_sent_total")).isGreaterThan(4 * after.value("hearth_frames_sent_total"));
        assertThat(after.value("hearth_bytes_sent_total")).isGreaterThan(whileHeld.value("hearth_bytes_sent_total"));
        assertThat(after.value("jvm_memory_used_bytes")).isPositive();
        assertThat(after.text()).doesNotContain("teapot", "good evening", "ash", "birch", "127.0.0.1");
    }

    @Test
    void theMetricsAreRefusedWithoutAnOperatorSignInByDefault() throws Exception {
        Staff.Seeded seeded = Staff.moderatorOf("jo", LOUNGE);
        RunningServer server = server(seeded.data());
        String moderatorToken = Staff.signIn(server.url, "jo", seeded.password());

        assertThat(Scrape.of(server.url, null).status()).isEqualTo(401);
        assertThat(Scrape.of(server.url, "not-a-token").status()).isEqualTo(401);
        Scrape asModerator = Scrape.of(server.url, moderatorToken);
        assertThat(asModerator.status()).isEqualTo(403);
        assertThat(asModerator.text()).doesNotContain("hearth_");
        assertThat(get(server, "/operations/rooms", null).statusCode()).isEqualTo(401);
        assertThat(get(server, "/operations/rooms", moderatorToken).statusCode()).isEqualTo(403);
    }

    @Test
    void theOperatorsRoomViewSaysWhoIsOnlineWhatWaitsAndWhetherAModeratorIsOnDuty() throws Exception {
        Staff.Seeded seeded = Staff.operator("olive");
        RunningServer server = server(seeded.data(), "room.lounge.words.hold", "teapot");
        String token = Staff.signIn(server.url, "olive", seeded.password());
        WsClient ash = member(server, "ash");
        ash.send(new ClientMessage.Send(LOUNGE, "m1", "my teapot is on the table"));
        ash.await(ServerMessage.Ack.class, ack -> ack.clientMsgId().equals("m1"));

        HttpResponse<String> rooms = get(server, "/operations/rooms", token);

        assertThat(rooms.statusCode()).isEqualTo(200);
        var lounge = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rooms.body()).path("rooms").get(0);
        assertThat(lounge.path("room").asText()).isEqualTo("lounge");
        assertThat(lounge.path("membersOnline").asInt()).isEqualTo(1);
        assertThat(lounge.path("messagesLastMinute").asInt()).isZero();
        assertThat(lounge.path("heldByLevel").path("watch").asInt()).isEqualTo(1);
        assertThat(lounge.path("heldByLevel").path("crisis").asInt()).isZero();
        assertThat(lounge.path("moderatorOnDuty").asBoolean()).isFalse();
        assertThat(rooms.body()).doesNotContain("teapot", "ash");
    }

    private static HttpResponse<String> get(RunningServer server, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url.resolve(path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theMetricsAreOpenToAnyoneWhenConfiguredOpen() throws Exception {
        RunningServer server = server(java.nio.file.Files.createTempDirectory("hearth-data"), "metrics.access", "open");
        member(server, "ash");

        Scrape scrape = Scrape.of(server.url, null);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.value("hearth_connections_open")).isEqualTo(1);
        assertThat(scrape.value("hearth_websocket_upgrades_total")).isEqualTo(1);
        assertThat(scrape.value("hearth_hold_queue_messages", ROOM, "level=\"crisis\"")).isZero();
    }

    @Test
    void aRedactionIsCountedByTheFilterThatMadeIt() throws Exception {
        RunningServer server = server(java.nio.file.Files.createTempDirectory("hearth-data"), "metrics.access", "open");
        WsClient ash = member(server, "ash");
        WsClient birch = member(server, "birch");

        ash.send(new ClientMessage.Send(LOUNGE, "p1", "text me on +44 7700 900123 if you want to talk"));
        birch.await(ServerMessage.Message.class, m -> m.redacted());

        Scrape scrape = Scrape.of(server.url, null);
        String byPersonalDetails = "filter=\"safety.personal-details\"";
        assertThat(scrape.value("hearth_messages_redacted_total", ROOM, byPersonalDetails)).isEqualTo(1);
        assertThat(scrape.value("hearth_filter_seconds_count", byPersonalDetails)).isEqualTo(1);
        assertThat(scrape.text()).doesNotContain("7700", "900123");
    }

    @Test
    void anUpgradeNettyRefusesIsCountedAmongTheHandshakeRejections() throws Exception {
        RunningServer server = server(java.nio.file.Files.createTempDirectory("hearth-data"), "metrics.access", "open");
        String noKey = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: hearth.v1\r\n\r\n";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.url.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(noKey.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] answer = new byte[64];
            int read = socket.getInputStream().read(answer); // the server answers or closes; either way it is done
            assertThat(read).as("the server answered or closed the connection").isNotZero();
        }

        double counted = 0;
        for (int attempt = 0; attempt < 50 && counted == 0; attempt++) { // counted as the channel is torn down
            counted = Scrape.of(server.url, null).value("hearth_handshake_rejections_total", "reason=\"bad-handshake\"");
            counted = Double.isNaN(counted) ? 0 : counted;
            if (counted == 0) {
                Thread.sleep(50);
            }
        }
        assertThat(counted).isEqualTo(1);
    }

    @Test
    void aBinaryFrameIsCountedAmongTheCloseCodes() throws Exception {
        RunningServer server = server(java.nio.file.Files.createTempDirectory("hearth-data"), "metrics.access", "open");
        WsClient ash = member(server, "ash");

        ash.sendBinary(new byte[] {1, 2, 3});
        ash.awaitClose();

        assertThat(Scrape.of(server.url, null).value("hearth_websocket_closes_total", "code=\"1003\"")).isEqualTo(1);
    }

    @Test
    void readinessSaysTheStoreIsWritableAndTheEventLoopsAnswer() throws Exception {
        RunningServer server = server(java.nio.file.Files.createTempDirectory("hearth-data"));

        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.url.resolve("/readyz"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(ready.body()).isEqualTo("{\"status\":\"ready\",\"store\":\"writable\",\"eventLoops\":\"responsive\"}");
    }
}
