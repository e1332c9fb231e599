package org.hearth.server.room;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A moderator pauses a heated room: everyone reads, nobody posts, everyone knows why. */
class RoomPauseTest {
    private final ChatHarness harness = new ChatHarness(100, 100, List.of());
    private final ChatHarness.Member ash = harness.joined("ash");
    private final ChatHarness.Member jo = harness.staff("jo", new Principal(new Account("jo", Role.MODERATOR,
            Set.of(new RoomId("lounge")), "$unused"), Instant.parse("2030-01-01T00:00:00Z")));

    private void pause(ChatHarness.Member by, boolean paused) {
        harness.chat.command(by.session, new ClientMessage.Pause(ChatHarness.LOUNGE, paused, "Ten minutes to breathe.", "rule-1"));
    }

    @Test
    void whilePausedNobodyPostsEveryoneIsToldAndAfterwardsPostsFlowAgain() {
        pause(jo, true);
        ash.send("a1", "but I wanted to say");
        ServerMessage.Ack refused = ash.connection.last(ServerMessage.Ack.class);
        ChatHarness.Member late = harness.joined("late");
        pause(jo, false);
        ash.send("a1", "but I wanted to say");

        assertThat(refused.status()).isEqualTo(AckStatus.REJECTED);
        assertThat(refused.code()).isEqualTo(ErrorCode.ROOM_PAUSED.code());
        assertThat(refused.reason()).contains("Ten minutes to breathe.");
        assertThat(late.connection.received(ServerMessage.Paused.class)).extracting(ServerMessage.Paused::paused)
                .containsExactly(true, false);
        assertThat(ash.connection.last(ServerMessage.Paused.class).paused()).isFalse();
        assertThat(ash.connection.last(ServerMessage.Ack.class).status()).as("sent again once open").isEqualTo(AckStatus.SENT);
        assertThat(harness.audit.page("lounge", Long.MAX_VALUE, 2)).extracting(e -> e.action())
                .containsExactly("opened", "paused");
    }

    @Test
    void aMemberCannotPauseTheRoom() {
        pause(ash, true);

        assertThat(ash.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.FORBIDDEN.code());
        ash.send("a1", "still open");
        assertThat(ash.connection.last(ServerMessage.Ack.class).status()).isEqualTo(AckStatus.SENT);
    }
}
