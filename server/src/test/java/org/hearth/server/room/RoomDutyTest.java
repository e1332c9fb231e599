package org.hearth.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.auth.Account;
import org.hearth.server.auth.Principal;
import org.hearth.server.auth.Role;
import org.junit.jupiter.api.Test;

/** Members see whether a moderator is on duty, as moderators come, go, or say they are only reading. */
class RoomDutyTest {
    private final ChatHarness harness = new ChatHarness(100, 100, List.of());
    private final ChatHarness.Member ash = harness.joined("ash");

    private ChatHarness.Member moderator() {
        return harness.staff("jo", new Principal(new Account("jo", Role.MODERATOR, Set.of(new RoomId("lounge")),
                "$unused"), Instant.parse("2030-01-01T00:00:00Z")));
    }

    private boolean lastDutySeenBy(ChatHarness.Member member) {
        return member.connection.last(ServerMessage.Duty.class).onDuty();
    }

    @Test
    void aMemberLearnsOnJoiningAndWheneverItChangesWhetherAModeratorIsOnDuty() {
        assertThat(lastDutySeenBy(ash)).isFalse();

        ChatHarness.Member jo = moderator();
        assertThat(lastDutySeenBy(ash)).isTrue();
        assertThat(lastDutySeenBy(harness.joined("birch"))).isTrue();

        harness.chat.command(jo.session, new ClientMessage.Duty(ChatHarness.LOUNGE, false));
        assertThat(lastDutySeenBy(ash)).isFalse();
        assertThat(harness.duty.onDuty(ChatHarness.LOUNGE)).isFalse();
        assertThat(jo.connection.last(ServerMessage.Done.class).action()).isEqualTo("duty");

        harness.chat.command(jo.session, new ClientMessage.Duty(ChatHarness.LOUNGE, true));
        jo.drop();
        assertThat(lastDutySeenBy(ash)).as("a moderator who dropped off is not on duty").isFalse();
    }

    @Test
    void aMemberCannotGoOnDuty() {
        harness.chat.command(ash.session, new ClientMessage.Duty(ChatHarness.LOUNGE, true));

        assertThat(ash.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.FORBIDDEN.code());
        assertThat(lastDutySeenBy(ash)).isFalse();
    }
}
