package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.moderation.TriageLevel;
import org.hearth.server.moderation.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real server, real clients in three roles: members, a signed-in moderator, a member who tries to be one. */
class ModerationEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");

    /** A stand-in for the safety filters, which come later: holds what is marked. */
    private static final MessageFilter HOLDS_MARKED = new MessageFilter() {
        @Override
        public String name() {
            return "test-hold";
        }

        @Override
        public Verdict evaluate(Candidate candidate) {
            return candidate.text().contains("#hold")
                    ? new Verdict.Hold("rule-3", TriageLevel.URGENT, "A moderator will read this first.")
                    : Verdict.PASS;
        }
    };

    private final ModeratedLounge lounge;

    ModerationEndToEndTest() throws Exception {
        lounge = ModeratedLounge.start(room -> new FilterChain(List.of(HOLDS_MARKED)));
    }

    @AfterEach
    void stop() {
        lounge.close();
    }

    private WsClient member(String handle) {
        return lounge.member(handle);
    }

    private WsClient moderator() {
        return lounge.moderator();
    }

    @Test
    void aHeldMessageReachesNoMemberUntilTheModeratorApprovesItThenEveryoneInOrder() {
        WsClient ash = member("ash");
        WsClient birch = member("birch");
        WsClient jo = moderator();

        ash.send(new ClientMessage.Send(LOUNGE, "h1", "can someone look at this first #hold"));
        ServerMessage.Held held = jo.await(ServerMessage.Held.class);
        ash.send(new ClientMessage.Send(LOUNGE, "p1", "and an ordinary one"));
        birch.await(ServerMessage.Message.class, m -> m.text().equals("and an ordinary one"));
        assertThat(birch.all(ServerMessage.Message.class)).as("held back from everyone").hasSize(1);
        assertThat(held.level()).isEqualTo("urgent");

        jo.send(new ClientMessage.Approve(LOUNGE, held.heldId()));

        ServerMessage.Message approved = birch.await(ServerMessage.Message.class, m -> m.text().contains("#hold"));
        assertThat(approved.seq()).isEqualTo(2);
        assertThat(ash.await(ServerMessage.Ack.class, a -> a.clientMsgId().equals("h1") && a.status() == AckStatus.SENT)
                .seq()).isEqualTo(2);
        assertThat(jo.await(ServerMessage.Resolved.class).by()).isEqualTo("jo");
    }

    @Test
    void aMemberWhoSendsAModeratorCommandIsRefusedAndNothingHappens() {
        WsClient jo = moderator();
        WsClient ash = member("ash");
        WsClient mallory = member("mallory");
        ash.send(new ClientMessage.Send(LOUNGE, "h1", "please hold this #hold"));
        String heldId = jo.await(ServerMessage.Held.class).heldId();

        mallory.send(new ClientMessage.Approve(LOUNGE, heldId));
        ServerMessage.Error refused = mallory.await(ServerMessage.Error.class);
        jo.send(new ClientMessage.Decline(LOUNGE, heldId, "rule-2", "Let's keep names out of the room."));
        ServerMessage.Ack declined = ash.await(ServerMessage.Ack.class,
                a -> a.clientMsgId().equals("h1") && a.status() == AckStatus.REJECTED);

        assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN.code());
        assertThat(mallory.all(ServerMessage.Held.class)).isEmpty();
        assertThat(declined.rule()).isEqualTo("rule-2");
        assertThat(declined.reason()).isEqualTo("Let's keep names out of the room.");
        assertThat(mallory.all(ServerMessage.Message.class)).isEmpty();
    }

    @Test
    void theModeratorReadsEveryDecisionInTheAuditLogAndNobodyElseCan() throws Exception {
        WsClient jo = moderator();
        WsClient ash = member("ash");
        ash.send(new ClientMessage.Send(LOUNGE, "h1", "please hold this #hold"));
        jo.send(new ClientMessage.Approve(LOUNGE, jo.await(ServerMessage.Held.class).heldId()));
        jo.await(ServerMessage.Resolved.class);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = null;
        for (int attempt = 0; attempt < 50; attempt++) { // the entry is durable a moment after the decision
            page = http.send(HttpRequest.newBuilder(lounge.server.url.resolve("/rooms/lounge/audit"))
                            .header("Authorization", "Bearer " + lounge.moderatorToken).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.body().contains("approved")) {
                break;
            }
            Thread.sleep(100);
        }
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(lounge.server.url.resolve("/rooms/lounge/audit"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> rewrite = http.send(HttpRequest.newBuilder(lounge.server.url.resolve("/rooms/lounge/audit"))
                        .header("Authorization", "Bearer " + lounge.moderatorToken)
                        .DELETE().timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        var entries = new ObjectMapper().readTree(page.body()).path("entries");
        assertThat(entries.get(0).path("action").asText()).isEqualTo("approved");
        assertThat(entries.get(0).path("actor").asText()).isEqualTo("moderator:jo");
        assertThat(entries.get(1).path("action").asText()).isEqualTo("held");
        assertThat(entries.get(1).path("rule").asText()).isEqualTo("rule-3");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(rewrite.statusCode()).as("the log cannot be changed").isEqualTo(405);
    }

    @Test
    void aModeratorsRemovalReplacesTheTextOnAMembersPageInTheBrowser() throws Exception {
        WsClient jo = moderator();
        WsClient ash = member("ash");
        try (Browser birch = new Browser()) {
            birch.open(lounge.server.url);
            birch.enterAs("birch");
            ash.send(new ClientMessage.Send(LOUNGE, "a1", "my neighbour Jane lives at 12 Elm Street"));
            birch.waitForText("#messages", "Elm Street");
            long seq = ash.await(ServerMessage.Ack.class).seq();

            jo.send(new ClientMessage.Redact(LOUNGE, seq, "rule-2"));

            birch.waitForText("#messages", "removed by a moderator: rule-2");
            assertThat(birch.find("#messages").getText()).doesNotContain("Elm Street");
            assertThat(jo.await(ServerMessage.Done.class).action()).isEqualTo("redact");
        }
    }
}
