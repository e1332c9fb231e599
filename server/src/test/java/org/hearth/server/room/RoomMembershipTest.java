package org.hearth.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.PresenceEvent;
import org.junit.jupiter.api.Test;

class RoomMembershipTest {
    private final ChatHarness harness = new ChatHarness(10, 4, List.of());

    @Test
    void aHandleIsUniqueInARoomWhateverItsCase() {
        harness.joined("Willow");

        ChatHarness.Member other = harness.joined("willow");

        assertThat(other.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.HANDLE_TAKEN.code());
        assertThat(other.connection.received(ServerMessage.Joined.class)).isEmpty();
    }

    @Test
    void sendingToARoomNotJoinedIsRefusedAndReachesNobody() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member stranger = harness.connect("stranger");

        stranger.send("let me in");

        ServerMessage.Error error = stranger.connection.last(ServerMessage.Error.class);
        assertThat(error.code()).isEqualTo(ErrorCode.NOT_IN_ROOM.code());
        assertThat(error.ref()).isEqualTo("send");
        assertThat(error.clientMsgId()).isNotNull();
        assertThat(ash.messages()).isEmpty();
    }

    @Test
    void joiningARoomThatDoesNotExistIsRefused() {
        ChatHarness.Member ash = harness.connect("ash");

        harness.chat.join(ash.session, ash.connection, new ClientMessage.Join(new RoomId("nowhere"), null));

        assertThat(ash.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.NO_SUCH_ROOM.code());
    }

    @Test
    void othersSeeAMemberJoinAndLeaveWithTheCount() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");

        harness.chat.leave(birch.session, new ClientMessage.Leave(ChatHarness.LOUNGE));

        assertThat(ash.connection.received(ServerMessage.Presence.class))
                .extracting(ServerMessage.Presence::event, p -> p.handle().value(), ServerMessage.Presence::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PresenceEvent.JOINED, "birch", 2),
                        org.assertj.core.groups.Tuple.tuple(PresenceEvent.LEFT, "birch", 1));
        assertThat(birch.connection.last(ServerMessage.Left.class).room()).isEqualTo(ChatHarness.LOUNGE);
        assertThat(birch.session.rooms()).isEmpty();

        ash.send("still here");
        assertThat(birch.messages()).as("a member who left receives nothing more").isEmpty();
    }
}
