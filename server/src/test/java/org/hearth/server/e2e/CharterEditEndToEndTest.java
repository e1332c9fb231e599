package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An operator edits a room's charter over HTTP: members see it at once, and it outlives a restart. */
class CharterEditEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");
    private static final String EDIT = """
            {"purpose": "Evenings for people living with anxiety.",
             "rules": ["Be gentle.", "No names, places or contact details.", "Ask before giving advice."],
             "policies": {"slowModeSeconds": 20, "links": "refused"}}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private RunningServer server;
    private String operatorToken;
    private Staff.Seeded seeded;

    CharterEditEndToEndTest() throws Exception {
        seeded = Staff.operator("olive");
        server = RunningServer.start(seeded.data());
        operatorToken = Staff.signIn(server.url, "olive", seeded.password());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> put(String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url.resolve("/rooms/lounge/charter"))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode publicCharter() throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(server.url.resolve("/rooms/lounge/charter"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void anOperatorsEditReachesMembersAtOnceAndTheCharterPage() throws Exception {
        try (WsClient ash = WsClient.joined(server.url, "ash", "lounge")) {
            HttpResponse<String> edited = put(EDIT, operatorToken);
            ServerMessage.Slowed slowed = ash.await(ServerMessage.Slowed.class);
            try (WsClient birch = WsClient.joined(server.url, "birch", "lounge")) {
                ServerMessage.Joined joined = birch.all(ServerMessage.Joined.class).getFirst();

                assertThat(edited.statusCode()).isEqualTo(200);
                assertThat(json.readTree(edited.body()).path("purpose").asText()).isEqualTo("Evenings for people living with anxiety.");
                assertThat(slowed.seconds()).isEqualTo(20);
                assertThat(joined.charter().purpose()).isEqualTo("Evenings for people living with anxiety.");
                assertThat(joined.charter().rules()).extracting(r -> r.text())
                        .containsExactly("Be gentle.", "No names, places or contact details.", "Ask before giving advice.");
                assertThat(publicCharter().path("policies").path("links").asText()).isEqualTo("refused");
                assertThat(publicCharter().path("title").asText()).as("fields left out keep their values").isEqualTo("The lounge");
            }
        }
    }

    @Test
    void theEditOutlivesARestart() throws Exception {
        assertThat(put(EDIT, operatorToken).statusCode()).isEqualTo(200);

        server = RunningServer.start(server.stopKeepingData());

        assertThat(publicCharter().path("purpose").asText()).isEqualTo("Evenings for people living with anxiety.");
        assertThat(publicCharter().path("rules")).hasSize(3);
        try (WsClient ash = WsClient.joined(server.url, "ash", "lounge")) {
            assertThat(ash.await(ServerMessage.Slowed.class).seconds()).as("the room starts in the edited slow mode")
                    .isEqualTo(20);
        }
    }

    @Test
    void aBadEditIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        HttpResponse<String> refused = put("{\"policies\": {\"risk\": \"maybe\"}}", operatorToken);
        HttpResponse<String> unknown = put("{\"colour\": \"blue\"}", operatorToken);
        HttpResponse<String> notJson = put("purpose=quiet", operatorToken);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("policy.risk").contains("hold, allow-with-support");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("colour");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(publicCharter().path("policies").path("risk").asText()).isEqualTo("hold");
    }

    @Test
    void onlyAnOperatorMayEditACharter() throws Exception {
        Staff.Seeded moderator = Staff.moderatorOf("jo", LOUNGE);
        try (RunningServer other = RunningServer.start(moderator.data())) {
            String moderatorToken = Staff.signIn(other.url, "jo", moderator.password());
            HttpResponse<String> byModerator = http.send(HttpRequest.newBuilder(other.url.resolve("/rooms/lounge/charter"))
                    .header("Authorization", "Bearer " + moderatorToken)
                    .PUT(HttpRequest.BodyPublishers.ofString(EDIT)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(byModerator.statusCode()).isEqualTo(403);
        }
        assertThat(put(EDIT, null).statusCode()).isEqualTo(401);
        assertThat(publicCharter().path("purpose").asText()).doesNotContain("anxiety");
    }
}
