package org.hearth.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.server.auth.Account;
import org.hearth.server.auth.Principal;
import org.hearth.server.auth.Role;
import org.hearth.server.store.memory.InMemoryMessageStore;
import org.junit.jupiter.api.Test;

/** A muted member reads but cannot post, is told until when, and the mute outlives reconnects and restarts. */
class RoomMuteTest {
    private final ChatHarness harness = new ChatHarness(100, 100, List.of());
    private final ChatHarness.Member ash = harness.joined("ash");
    private final ChatHarness.Member birch = harness.joined("birch");
    private final ChatHarness.Member jo = harness.staff("jo", new Principal(
            new Account("jo", Role.MODERATOR, Set.of(new RoomId("lounge")), "$unused"), Instant.parse("2030-01-01T00:00:00Z")));

    private void mute(ChatHarness.Member by, String handle, int minutes) {
        harness.chat.command(by.session, new ClientMessage.Mute(ChatHarness.LOUNGE, new Handle(handle), minutes, "rule-4"));
    }

    @Test
    void aMutedMemberCannotPostIsToldUntilWhenAndStillReads() {
        mute(jo, "ash", 30);
        ash.send("m1", "let me say one more thing");
        birch.send("b1", "hello");

        ServerMessage.Ack refused = ash.connection.last(ServerMessage.Ack.class);
        assertThat(refused.status()).isEqualTo(AckStatus.REJECTED);
        assertThat(refused.code()).isEqualTo(ErrorCode.MUTED.code());
        assertThat(refused.reason()).contains("until 26 Nov 20:30 UTC").contains("rule-4");
        assertThat(ash.connection.last(ServerMessage.Notice.class)).satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo("muted");
            assertThat(notice.until()).as("for the page's countdown")
                    .isEqualTo(java.time.Instant.parse("2026-11-26T20:30:00Z").toEpochMilli());
        });
        assertThat(ash.messages()).extracting(ServerMessage.Message::text).containsExactly("hello");
        assertThat(jo.connection.last(ServerMessage.Done.class).action()).isEqualTo("mute");
        assertThat(harness.audit.page("lounge", Long.MAX_VALUE, 1).getFirst().action()).isEqualTo("muted");
    }

    @Test
    void aMuteEndsByItselfOrWhenAModeratorLiftsIt() {
        mute(jo, "ash", 10);
        mute(jo, "birch", 10);
        harness.clock.advance(Duration.ofMinutes(10));
        ash.send("m1", "back again");
        harness.chat.command(jo.session, new ClientMessage.Unmute(ChatHarness.LOUNGE, new Handle("birch"), "rule-4"));
        birch.send("b1", "thank you");

        assertThat(birch.messages()).extracting(ServerMessage.Message::text).containsExactly("back again", "thank you");
    }

    @Test
    void theMuteFollowsTheMemberAcrossAReconnectAndARestart() {
        mute(jo, "ash", 60);
        ash.drop();
        ash.resume();
        ash.rejoin(0);
        ash.send("m1", "after reconnecting");
        assertThat(ash.connection.last(ServerMessage.Ack.class).code()).isEqualTo(ErrorCode.MUTED.code());

        ChatHarness restarted = new ChatHarness(ChatHarness.newClock(), 100, 100, List.of(), Runnable::run,
                new InMemoryMessageStore(), harness.mutes);
        ChatHarness.Member ashAgain = restarted.joined("ash");
        ashAgain.send("m2", "after the restart");

        assertThat(ashAgain.connection.last(ServerMessage.Ack.class).code()).isEqualTo(ErrorCode.MUTED.code());
    }

    @Test
    void aMemberCannotMuteAnyone() {
        mute(birch, "ash", 30);

        assertThat(birch.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.FORBIDDEN.code());
        ash.send("m1", "still free");
        assertThat(ash.connection.last(ServerMessage.Ack.class).status()).isEqualTo(AckStatus.SENT);
    }
}
