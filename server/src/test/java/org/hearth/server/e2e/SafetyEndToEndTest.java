package org.hearth.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The safety filters as the server ships them, on a real server with real clients: a member, a bystander, a moderator. */
class SafetyEndToEndTest {
    private static final RoomId LOUNGE = new RoomId("lounge");

    private final ModeratedLounge lounge;

    SafetyEndToEndTest() throws Exception {
        lounge = ModeratedLounge.start();
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
    void aCrisisMessageIsHeldItsAuthorGetsSupportAtOnceModeratorsAreAlertedAndNobodyElseSeesItUntilApproved() {
        WsClient ash = member("ash");
        WsClient birch = member("birch");
        WsClient jo = moderator();

        ash.send(new ClientMessage.Send(LOUNGE, "c1", "I've written my goodbye letters and I'm going to take all my pills tonight"));
        ServerMessage.Ack held = ash.await(ServerMessage.Ack.class);
        ServerMessage.Notice support = ash.await(ServerMessage.Notice.class);
        ServerMessage.Held alert = jo.await(ServerMessage.Held.class);
        ash.send(new ClientMessage.Send(LOUNGE, "c2", "thanks for listening"));
        birch.await(ServerMessage.Message.class, m -> m.text().equals("thanks for listening"));

        assertThat(held.status()).isEqualTo(AckStatus.HELD);
        assertThat(held.rule()).isEqualTo("safety.risk");
        assertThat(support.kind()).as("sent with the held ack, before any moderator acts").isEqualTo("support");
        assertThat(support.text()).contains("Samaritans");
        assertThat(alert.level()).isEqualTo("crisis");
        assertThat(birch.all(ServerMessage.Message.class)).extracting(ServerMessage.Message::text)
                .containsExactly("thanks for listening");

        jo.send(new ClientMessage.Approve(LOUNGE, alert.heldId()));
        assertThat(birch.await(ServerMessage.Message.class, m -> m.text().contains("goodbye letters")).seq()).isEqualTo(2);
    }

    @Test
    void aPhoneNumberIsRedactedBeforeBroadcastAndTheAuthorIsToldWhy() {
        WsClient ash = member("ash");
        WsClient birch = member("birch");

        ash.send(new ClientMessage.Send(LOUNGE, "p1", "text me on +44 7700 900123 if you want to talk"));

        ServerMessage.Message seen = birch.await(ServerMessage.Message.class);
        ServerMessage.Notice told = ash.await(ServerMessage.Notice.class);
        assertThat(seen.text()).doesNotContain("7700").contains("[removed]").contains("if you want to talk");
        assertThat(seen.redacted()).isTrue();
        assertThat(told.kind()).isEqualTo("redacted");
        assertThat(told.rule()).isEqualTo("safety.personal-details");
        assertThat(told.text()).contains("a phone number");
    }

    @Test
    void theDisclosureNudgeComesOnceAtTheThresholdAndNotAgainDuringTheCoolDown() {
        WsClient ash = member("ash");
        WsClient jo = moderator();

        ash.send(new ClientMessage.Send(LOUNGE, "d1", "I'm 34 and most days are hard"));
        ash.send(new ClientMessage.Send(LOUNGE, "d2", "I live in Leeds, it rains a lot"));
        ash.await(ServerMessage.Ack.class, a -> a.clientMsgId().equals("d2"));
        List<ServerMessage.Notice> beforeThreshold = ash.all(ServerMessage.Notice.class);
        ash.send(new ClientMessage.Send(LOUNGE, "d3", "I work at Tesco on the night shift"));
        ServerMessage.Notice nudge = ash.await(ServerMessage.Notice.class, n -> n.kind().equals("privacy"));
        ServerMessage.Alert alert = jo.await(ServerMessage.Alert.class, a -> a.kind().equals("disclosure"));
        ash.send(new ClientMessage.Send(LOUNGE, "d4", "my sister Anna says I should get out more, I'm a nurse"));
        ash.await(ServerMessage.Ack.class, a -> a.clientMsgId().equals("d4"));

        assertThat(beforeThreshold).isEmpty();
        assertThat(nudge.text()).contains("your age").contains("your town or area").contains("where you work");
        assertThat(nudge.text()).doesNotContain("Leeds").doesNotContain("Tesco");
        assertThat(alert.about().value()).isEqualTo("ash");
        assertThat(alert.text()).doesNotContain("Leeds");
        assertThat(ash.all(ServerMessage.Notice.class)).filteredOn(n -> n.kind().equals("privacy")).hasSize(1);
    }

    @Test
    void anInsultAimedAtAMemberIsHeldAndItsAuthorToldWhileVentingFlows() {
        WsClient ash = member("ash");
        WsClient birch = member("birch");

        ash.send(new ClientMessage.Send(LOUNGE, "a1", "birch you are a pathetic idiot"));
        ServerMessage.Ack held = ash.await(ServerMessage.Ack.class, a -> a.clientMsgId().equals("a1"));
        ash.send(new ClientMessage.Send(LOUNGE, "a2", "this week has been shit and I feel like crap"));

        assertThat(held.status()).isEqualTo(AckStatus.HELD);
        assertThat(held.rule()).isEqualTo("safety.abuse");
        assertThat(birch.await(ServerMessage.Message.class).text()).isEqualTo("this week has been shit and I feel like crap");
    }
}
