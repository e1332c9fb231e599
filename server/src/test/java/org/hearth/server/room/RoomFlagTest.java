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

/** Any member can flag a post to the moderators in one action and is told they were told. */
class RoomFlagTest {
    private final ChatHarness harness = new ChatHarness(100, 100, List.of());
    private final ChatHarness.Member ash = harness.joined("ash");
    private final ChatHarness.Member birch = harness.joined("birch");

    private void flag(ChatHarness.Member by, long seq, String reason) {
        harness.chat.command(by.session, new ClientMessage.Flag(ChatHarness.LOUNGE, seq, reason));
    }

    @Test
    void aFlagReachesTheModeratorsPresentWithTheReasonAndTheFlaggerIsTold() {
        ChatHarness.Member jo = harness.staff("jo", new Principal(new Account("jo", Role.MODERATOR,
                Set.of(new RoomId("lounge")), "$unused"), Instant.parse("2030-01-01T00:00:00Z")));
        ash.send("a1", "I don't see the point of anything any more");

        flag(birch, 1, "I'm worried about ash");

        ServerMessage.Flagged flagged = jo.connection.last(ServerMessage.Flagged.class);
        assertThat(flagged.seq()).isEqualTo(1);
        assertThat(flagged.author().value()).isEqualTo("ash");
        assertThat(flagged.by().value()).isEqualTo("birch");
        assertThat(flagged.reason()).isEqualTo("I'm worried about ash");
        assertThat(birch.connection.last(ServerMessage.Notice.class).text()).contains("one is in the room now");
        assertThat(ash.connection.received(ServerMessage.Flagged.class)).as("not shown to members").isEmpty();
        assertThat(harness.audit.page("lounge", Long.MAX_VALUE, 1).getFirst().action()).isEqualTo("flagged");
    }

    @Test
    void withNoModeratorPresentTheFlaggerIsToldHonestly() {
        ash.send("a1", "hello");

        flag(birch, 1, null);

        assertThat(birch.connection.last(ServerMessage.Notice.class).text()).contains("none is in the room right now");
    }

    @Test
    void aFlagMustNameARecentMessageInARoomTheMemberIsIn() {
        flag(birch, 7, null);
        ChatHarness.Member outsider = harness.connect("outsider");
        ash.send("a1", "hello");
        flag(outsider, 1, null);

        assertThat(birch.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.NO_SUCH_MESSAGE.code());
        assertThat(outsider.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.NOT_IN_ROOM.code());
    }
}
