package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page, its files and the health check over plain HTTP. */
class HttpEndToEndTest {
    private static RunningServer server;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        server = RunningServer.start("rooms", "lounge,night-owls", "room.night-owls.title", "Night owls",
                "room.night-owls.purpose", "For anyone awake in the small hours.", "room.lounge.rule.1", "Be kind.", "room.lounge.rule.2", "Keep names out of the room.",
                "room.lounge.support.1", "Samaritans (UK and Ireland): 116 123, any time");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> request(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.url.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePageIsServedAtTheRootWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = request("GET", "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("content-security-policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(page.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(page.body()).contains("<script type=\"module\"");
    }

    @Test
    void scriptsAreServedAsJavaScriptModules() throws Exception {
        HttpResponse<String> script = request("GET", "/app.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
    }

    @Test
    void theHealthCheckSaysOk() throws Exception {
        HttpResponse<String> health = request("GET", "/healthz");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"");
    }

    @Test
    void unknownPathsAreNotFoundAndPathTricksFindNothing() throws Exception {
        assertThat(request("GET", "/nothing-here.js").statusCode()).isEqualTo(404);
        assertThat(request("GET", "/../pom.xml").statusCode()).isEqualTo(404);
        assertThat(request("GET", "/%2e%2e/logback.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        assertThat(request("POST", "/").statusCode()).isEqualTo(405);
        assertThat(request("HEAD", "/").statusCode()).isEqualTo(200);
    }

    @Test
    void aPlainRequestToTheWebSocketPathIsRefused() throws Exception {
        assertThat(request("GET", "/ws").statusCode()).isBetween(400, 499);
    }

    @Test
    void aRoomsCharterIsPublishedAsJsonWithItsRulesSupportAndWhetherAModeratorIsOnDuty() throws Exception {
        HttpResponse<String> charter = request("GET", "/rooms/lounge/charter");
        HttpResponse<String> missing = request("GET", "/rooms/attic/charter");

        assertThat(charter.statusCode()).isEqualTo(200);
        assertThat(charter.headers().firstValue("content-type")).hasValue("application/json");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(charter.body());
        assertThat(json.path("title").asText()).isEqualTo("The lounge");
        assertThat(json.path("rules").get(1).path("id").asText()).isEqualTo("rule-2");
        assertThat(json.path("rules").get(1).path("text").asText()).isEqualTo("Keep names out of the room.");
        assertThat(json.path("supportResources").get(0).asText()).contains("116 123");
        assertThat(json.path("moderated").asBoolean()).isTrue();
        assertThat(json.path("moderatorOnDuty").asBoolean()).isFalse();
        assertThat(json.path("policies").path("suicideDiscussion").asText()).isEqualTo("precluded");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void theRoomListNamesEveryRoomWithItsPurposeRulesAndWhetherAModeratorIsOnDuty() throws Exception {
        HttpResponse<String> list = request("GET", "/rooms");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("content-type")).hasValue("application/json");
        var rooms = new com.fasterxml.jackson.databind.ObjectMapper().readTree(list.body()).path("rooms");
        assertThat(rooms.size()).isEqualTo(2);
        assertThat(rooms.get(0).path("room").asText()).isEqualTo("lounge");
        assertThat(rooms.get(0).path("title").asText()).isEqualTo("The lounge");
        assertThat(rooms.get(0).path("rules").get(0).path("text").asText()).isEqualTo("Be kind.");
        assertThat(rooms.get(0).path("onDuty").isBoolean()).isTrue();
        assertThat(rooms.get(0).path("onDuty").asBoolean()).isFalse();
        assertThat(rooms.get(0).path("charter").asText()).isEqualTo("/rooms/lounge/charter");
        assertThat(rooms.get(1).path("title").asText()).isEqualTo("Night owls");
        assertThat(rooms.get(1).path("purpose").asText()).isEqualTo("For anyone awake in the small hours.");
        assertThat(rooms.get(1).path("rules").size()).isZero();
    }

    @Test
    void aMemberSeesTheRoomsRulesOnJoin() {
        try (WsClient ash = WsClient.greeted(server.url, "ash")) {
            ash.send(new org.hearth.protocol.ClientMessage.Join(new org.hearth.protocol.RoomId("lounge"), null));

            var joined = ash.await(org.hearth.protocol.ServerMessage.Joined.class);

            assertThat(joined.charter().rules()).extracting(org.hearth.protocol.RoomSummary.Rule::text)
                    .containsExactly("Be kind.", "Keep names out of the room.");
        }
    }
}
