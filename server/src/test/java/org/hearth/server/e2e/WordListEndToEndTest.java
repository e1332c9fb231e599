package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A room's configured word lists and charter policies act on messages on the real server. */
class WordListEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");

    private final RunningServer server = RunningServer.start("room.lounge.words.hold", "diet pills",
            "room.lounge.words.reject", "idiot");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aHeldPhraseIsKeptFromTheRoomAndARefusedWordIsRefusedEvenWhenDisguised() {
        try (WsClient ash = WsClient.joined(server.url, "ash", "lounge");
             WsClient birch = WsClient.joined(server.url, "birch", "lounge")) {
            ash.send(new ClientMessage.Send(LOUNGE, "a1", "has anyone tried D1ET   p i l l s"));
            ServerMessage.Ack held = ash.await(ServerMessage.Ack.class);
            ash.send(new ClientMessage.Send(LOUNGE, "a2", "you 1d10t"));
            ServerMessage.Ack refused = ash.await(ServerMessage.Ack.class);
            ash.send(new ClientMessage.Send(LOUNGE, "a3", "sorry, rough day"));

            assertThat(birch.await(ServerMessage.Message.class).text()).isEqualTo("sorry, rough day");
            assertThat(birch.all(ServerMessage.Message.class)).hasSize(1);
            assertThat(held.status()).isEqualTo(AckStatus.HELD);
            assertThat(held.rule()).isEqualTo("words.hold");
            assertThat(refused.status()).isEqualTo(AckStatus.REJECTED);
            assertThat(refused.code()).isEqualTo(ErrorCode.REJECTED_BY_RULE.code());
        }
    }

    @Test
    void aRoomThatRefusesLinksRemovesThemAndSlowModeSpacesOutPosts() {
        try (RunningServer strict = RunningServer.start("room.lounge.policy.links", "refused",
                "room.lounge.policy.slow-mode", "1h");
             WsClient ash = WsClient.joined(strict.url, "ash", "lounge");
             WsClient birch = WsClient.joined(strict.url, "birch", "lounge")) {
            ash.send(new ClientMessage.Send(LOUNGE, "a1", "this page helped: https://example.org/sleep."));
            ServerMessage.Message shown = birch.await(ServerMessage.Message.class);
            ServerMessage.Notice told = ash.await(ServerMessage.Notice.class);
            ash.send(new ClientMessage.Send(LOUNGE, "a2", "and another thing"));
            ServerMessage.Ack slowed = ash.await(ServerMessage.Ack.class, a -> a.clientMsgId().equals("a2"));

            assertThat(shown.text()).isEqualTo("this page helped: [removed].");
            assertThat(shown.redacted()).isTrue();
            assertThat(told.rule()).isEqualTo("links");
            assertThat(slowed.code()).isEqualTo(ErrorCode.RATE_LIMITED.code());
            assertThat(slowed.rule()).isEqualTo("slow-mode");
        }
    }
}
