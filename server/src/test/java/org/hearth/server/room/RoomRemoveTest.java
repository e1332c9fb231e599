package org.hearth.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.PresenceEvent;
import org.hearth.server.auth.Account;
import org.hearth.server.auth.Principal;
import org.hearth.server.auth.Role;
import org.junit.jupiter.api.Test;

/** A moderator removes a member, or bans them: the member is told why, a ban keeps them out. */
class RoomRemoveTest {
    private final ChatHarness harness = new ChatHarness(100, 100, List.of());
    private final ChatHarness.Member ash = harness.joined("ash");
    private final ChatHarness.Member birch = harness.joined("birch");
    private final ChatHarness.Member jo = harness.staff("jo", new Principal(new Account("jo", Role.MODERATOR,
            Set.of(new RoomId("lounge")), "$unused"), Instant.parse("2030-01-01T00:00:00Z")));

    private void remove(ChatHarness.Member by, String handle, boolean ban) {
        harness.chat.command(by.session, new ClientMessage.Remove(ChatHarness.LOUNGE, new Handle(handle), "rule-1", ban));
    }

    @Test
    void aRemovedMemberIsToldWhyLeavesAndMayComeBack() {
        remove(jo, "ash", false);

        assertThat(ash.connection.last(ServerMessage.Notice.class)).satisfies(n -> {
            assertThat(n.kind()).isEqualTo("removed");
            assertThat(n.rule()).isEqualTo("rule-1");
        });
        assertThat(ash.connection.last(ServerMessage.Left.class).room()).isEqualTo(ChatHarness.LOUNGE);
        assertThat(birch.connection.last(ServerMessage.Presence.class).event()).isEqualTo(PresenceEvent.LEFT);
        birch.send("b1", "is everyone ok?");
        assertThat(ash.messages()).as("a removed member receives nothing more").isEmpty();

        ash.join();
        assertThat(ash.connection.last(ServerMessage.Joined.class)).isNotNull();
    }

    @Test
    void aBannedMemberCannotComeBackNotWithTheSameSessionNorTheSameHandle() {
        remove(jo, "ash", true);
        ash.join();
        ChatHarness.Member again = harness.connect("ASH");
        again.join();

        assertThat(ash.connection.received(ServerMessage.Notice.class)).extracting(ServerMessage.Notice::kind).contains("banned");
        assertThat(ash.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.BANNED.code());
        assertThat(again.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.BANNED.code());
        assertThat(harness.lounge.members()).extracting(Handle::value).containsExactly("birch", "jo");
        assertThat(harness.audit.page("lounge", Long.MAX_VALUE, 1).getFirst().action()).isEqualTo("banned");
    }

    @Test
    void aMemberCannotRemoveAnother() {
        remove(birch, "ash", true);

        assertThat(birch.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.FORBIDDEN.code());
        assertThat(harness.lounge.members()).extracting(Handle::value).contains("ash");
    }
}
