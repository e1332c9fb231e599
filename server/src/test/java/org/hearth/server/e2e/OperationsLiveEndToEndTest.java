package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * The operators' live view pushed over server-sent events ({@code GET /operations/live}) by a real
 * server: the last hour first, then snapshots that follow what happens in the rooms; operators
 * only; a bounded number of streams, each freeing its place when it closes.
 */
class OperationsLiveEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");

    private final List<AutoCloseable> opened = new ArrayList<>();
    private RunningServer server;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable each : opened) {
            each.close();
        }
        server.close();
    }

    private <T extends AutoCloseable> T kept(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    private static JsonNode lounge(JsonNode event) {
        for (JsonNode room : event.path("rooms")) {
            if (room.path("room").asText().equals("lounge")) {
                return room;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    @Test
    void anOperatorIsPushedSnapshotsThatFollowMessagesSentAndAPostHeld() throws Exception {
        Staff.Seeded seeded = Staff.operator("olive");
        server = RunningServer.start(seeded.data(), "rooms", "night-owls,lounge,garden,porch",
                "room.lounge.words.hold", "teapot");
        String token = Staff.signIn(server.url, "olive", seeded.password());
        EventStream live = kept(EventStream.open(server.url, token));
        assertThat(live.status).isEqualTo(200);
        assertThat(live.contentType).startsWith("text/event-stream");

        EventStream.Event history = live.next();
        assertThat(history.kind()).isEqualTo("history");
        assertThat(history.data().path("periodSeconds").asDouble()).isEqualTo(5.0);
        assertThat(history.data().path("samples").path("messagesPerMinute").has("night-owls")).isTrue();
        assertThat(history.data().path("rooms").findValuesAsText("room")).as("the rooms in their configured order")
                .containsExactly("night-owls", "lounge", "garden", "porch");

        WsClient ash = kept(WsClient.joined(server.url, "ash", "lounge"));
        ash.send(new ClientMessage.Send(LOUNGE, "m1", "hello, is anyone around tonight"));
        ash.await(ServerMessage.Ack.class, ack -> ack.clientMsgId().equals("m1"));
        ash.send(new ClientMessage.Send(LOUNGE, "m2", "my teapot broke and so did I"));
        ash.await(ServerMessage.Ack.class, ack -> ack.clientMsgId().equals("m2"));

        JsonNode held = live.await("snapshot", event -> lounge(event).path("heldByLevel").path("watch").asInt() == 1)
                .data();
        assertThat(lounge(held).path("membersOnline").asInt()).isEqualTo(1);
        assertThat(lounge(held).path("moderatorOnDuty").asBoolean()).isFalse();

        JsonNode sampled = live.await("snapshot", event -> event.path("samples").path("time").size() == 1
                && event.path("samples").path("messagesPerMinute").path("lounge").get(0).asInt() == 1).data();
        JsonNode samples = sampled.path("samples");
        assertThat(samples.path("connections").get(0).asInt()).isEqualTo(1);
        assertThat(lounge(sampled).path("messagesLastMinute").asInt()).isEqualTo(1);
        assertThat(lounge(sampled).path("heldByLevel").path("watch").asInt()).isEqualTo(1);
        assertThat(sampled.toString()).doesNotContain("teapot", "ash", "127.0.0.1");

        EventStream later = kept(EventStream.open(server.url, token));
        JsonNode laterHistory = later.next().data();
        assertThat(laterHistory.path("samples").path("time").size())
                .as("a stream opened later gets every sample taken so far at once").isGreaterThanOrEqualTo(1);
        assertThat(lounge(laterHistory).path("heldByLevel").path("watch").asInt()).isEqualTo(1);
    }

    @Test
    void onlyOperatorsMayWatch() throws Exception {
        Staff.Seeded seeded = Staff.moderatorOf("jo", LOUNGE);
        server = RunningServer.start(seeded.data());
        String moderatorToken = Staff.signIn(server.url, "jo", seeded.password());

        try (EventStream none = EventStream.open(server.url, null);
             EventStream forged = EventStream.open(server.url, "not-a-token");
             EventStream moderator = EventStream.open(server.url, moderatorToken)) {
            assertThat(none.status).isEqualTo(401);
            assertThat(forged.status).isEqualTo(401);
            assertThat(moderator.status).isEqualTo(403);
            assertThat(moderator.contentType).doesNotContain("event-stream");
        }
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        server.url.resolve("/operations/live")).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(405);
    }

    @Test
    void atMostSixteenStreamsAreOpenAtOnceAndOneThatClosesFreesItsPlace() throws Exception {
        Staff.Seeded seeded = Staff.operator("olive");
        server = RunningServer.start(seeded.data());
        String token = Staff.signIn(server.url, "olive", seeded.password());
        List<EventStream> streams = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            EventStream stream = kept(EventStream.open(server.url, token));
            assertThat(stream.next().kind()).isEqualTo("history");
            streams.add(stream);
        }

        try (EventStream refused = EventStream.open(server.url, token)) {
            assertThat(refused.status).isEqualTo(503);
        }

        streams.getFirst().close();
        int status = 503;
        for (int attempt = 0; attempt < 50 && status == 503; attempt++) { // the server sees the close a moment later
            try (EventStream again = EventStream.open(server.url, token)) {
                status = again.status;
            }
            if (status == 503) {
                Thread.sleep(100);
            }
        }
        assertThat(status).isEqualTo(200);
    }

    @Test
    void aStreamsConnectionTakesNoOtherRequest() throws Exception {
        Staff.Seeded seeded = Staff.operator("olive");
        server = RunningServer.start(seeded.data());
        String token = Staff.signIn(server.url, "olive", seeded.password());
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.url.getPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("GET /operations/live HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            String line;
            do {
                line = in.readLine();
            } while (line != null && !line.startsWith("event: history"));
            assertThat(line).isEqualTo("event: history");

            out.write("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder rest = new StringBuilder();
            while ((line = in.readLine()) != null) { // until the server closes the connection
                rest.append(line).append('\n');
            }
            assertThat(rest.toString()).doesNotContain("HTTP/1.1 200", "\"status\"");
        }
    }
}
