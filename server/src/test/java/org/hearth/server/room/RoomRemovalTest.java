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

/** A moderator's removal of a posted message reaches every screen, history and the store. */
class RoomRemovalTest {
    private final ChatHarness harness = new ChatHarness(100, 100, List.of());
    private final ChatHarness.Member ash = harness.joined("ash");
    private final ChatHarness.Member birch = harness.joined("birch");
    private final ChatHarness.Member jo = harness.staff("jo", new Principal(
            new Account("jo", Role.MODERATOR, Set.of(new RoomId("lounge")), "$unused"), Instant.parse("2030-01-01T00:00:00Z")));

    private void redact(ChatHarness.Member by, long seq) {
        harness.chat.command(by.session, new ClientMessage.Redact(ChatHarness.LOUNGE, seq, "rule-2"));
    }

    @Test
    void aRemovalReplacesTheTextOnEveryScreenInHistoryAndInTheStore() {
        ash.send("a1", "my neighbour Jane Smith at 12 Elm Street");
        ash.send("a2", "anyway, how is everyone?");

        redact(jo, 1);

        ServerMessage.Redacted seen = birch.connection.last(ServerMessage.Redacted.class);
        assertThat(seen.seq()).isEqualTo(1);
        assertThat(seen.text()).isEqualTo("removed by a moderator: rule-2");
        assertThat(ash.connection.last(ServerMessage.Redacted.class).seq()).isEqualTo(1);
        assertThat(harness.joined("cedar").connection.last(ServerMessage.Joined.class).history())
                .extracting(ServerMessage.Message::text)
                .containsExactly("removed by a moderator: rule-2", "anyway, how is everyone?");
        assertThat(harness.store.readAfter(ChatHarness.LOUNGE, 0, 10).getFirst().message().text())
                .doesNotContain("Jane").isEqualTo("removed by a moderator: rule-2");
        assertThat(jo.connection.last(ServerMessage.Done.class).action()).isEqualTo("redact");
        assertThat(harness.audit.page("lounge", Long.MAX_VALUE, 1).getFirst().action()).isEqualTo("removed");
    }

    @Test
    void aMemberWhoComesBackSeesTheRemovalNotTheText() {
        ash.send("a1", "something that should not stay");
        long lastSeen = birch.messages().getLast().seq();
        birch.drop();
        redact(jo, 1);

        birch.resume();
        birch.rejoin(lastSeen);

        assertThat(birch.connection.last(ServerMessage.Redacted.class).seq()).isEqualTo(1);
    }

    @Test
    void onlyAModeratorMayRemoveAndOnlyAMessageThatExists() {
        ash.send("a1", "hello");

        redact(birch, 1);
        redact(jo, 99);

        assertThat(birch.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.FORBIDDEN.code());
        assertThat(jo.connection.last(ServerMessage.Error.class).code()).isEqualTo(ErrorCode.NO_SUCH_MESSAGE.code());
        assertThat(ash.connection.received(ServerMessage.Redacted.class)).isEmpty();
    }
}
