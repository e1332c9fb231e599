package org.hearth.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.server.auth.Account;
import org.hearth.server.auth.Principal;
import org.hearth.server.auth.Role;
import org.junit.jupiter.api.Test;

/** A moderator slows a heated room down: one post per member per interval, everyone told, until it is lifted. */
class RoomSlowModeTest {
    private final ChatHarness harness = new ChatHarness(100, 100, List.of());
    private final ChatHarness.Member ash = harness.joined("ash");
    private final ChatHarness.Member jo = harness.staff("jo", new Principal(new Account("jo", Role.MODERATOR,
            Set.of(new RoomId("lounge")), "$unused"), Instant.parse("2030-01-01T00:00:00Z")));

    private void slow(ChatHarness.Member by, int seconds) {
        harness.chat.command(by.session, new ClientMessage.Slow(ChatHarness.LOUNGE, seconds, "rule-1"));
    }

    @Test
    void inSlowModeASecondPostTooSoonIsRefusedWithTheWaitAndGoesThroughOnceItHasPassed() {
        slow(jo, 30);
        ash.send("a1", "first");
        ash.send("a2", "second, too soon");
        ServerMessage.Ack tooSoon = ash.connection.last(ServerMessage.Ack.class);
        harness.clock.advance(Duration.ofSeconds(30));
        ash.send("a2", "second, too soon");

        assertThat(tooSoon.status()).isEqualTo(AckStatus.REJECTED);
        assertThat(tooSoon.code()).isEqualTo(ErrorCode.RATE_LIMITED.code());
        assertThat(tooSoon.reason()).contains("30 seconds");
        assertThat(ash.connection.last(ServerMessage.Ack.class).status()).isEqualTo(AckStatus.SENT);
        assertThat(ash.connection.last(ServerMessage.Slowed.class).seconds()).isEqualTo(30);
        assertThat(jo.connection.last(ServerMessage.Done.class).action()).isEqualTo("slow");
    }

    @Test
    void turningSlowModeOffLetsPostsFlowAndTellsEveryoneIncludingLateJoiners() {
        slow(jo, 60);
        ChatHarness.Member late = harness.joined("late");
        slow(jo, 0);
        ash.send("a1", "one");
        ash.send("a2", "two");

        assertThat(late.connection.received(ServerMessage.Slowed.class)).extracting(ServerMessage.Slowed::seconds)
                .containsExactly(60, 0);
        assertThat(ash.connection.received(ServerMessage.Ack.class)).extracting(ServerMessage.Ack::status)
                .containsExactly(AckStatus.SENT, AckStatus.SENT);
        assertThat(harness.audit.page("lounge", Long.MAX_VALUE, 2)).extracting(e -> e.action())
                .containsExactly("slow-mode-off", "slow-mode-on");
    }

    @Test
    void aMemberCannotChangeSlowMode() {
        slow(ash, 60);

        assertThat(ash.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.FORBIDDEN.code());
        ash.send("a1", "one");
        ash.send("a2", "two");
        assertThat(ash.connection.last(ServerMessage.Ack.class).status()).isEqualTo(AckStatus.SENT);
    }
}
