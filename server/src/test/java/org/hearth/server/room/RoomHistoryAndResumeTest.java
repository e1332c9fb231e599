package org.hearth.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.protocol.ServerMessage.PresenceEvent;
import org.junit.jupiter.api.Test;

class RoomHistoryAndResumeTest {
    private final ChatHarness harness = new ChatHarness(10, 4, List.of());

    @Test
    void aLateJoinerSeesTheMostRecentHistoryInOrder() {
        ChatHarness.Member ash = harness.joined("ash");
        for (int i = 1; i <= 6; i++) {
            ash.send("note " + i);
        }

        ChatHarness.Member birch = harness.joined("birch");

        ServerMessage.Joined joined = birch.connection.last(ServerMessage.Joined.class);
        assertThat(joined.history()).extracting(ServerMessage.Message::text)
                .containsExactly("note 3", "note 4", "note 5", "note 6");
        assertThat(joined.headSeq()).isEqualTo(6);
        assertThat(joined.reset()).isFalse();
        assertThat(joined.members()).extracting(h -> h.value()).containsExactly("ash", "birch");
    }

    @Test
    void aResumedMemberGetsExactlyTheMessagesItMissedOnceInOrder() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");
        ash.send("before the tunnel");
        long lastSeen = birch.messages().getLast().seq();

        birch.drop();
        ash.send("while you were away 1");
        ash.send("while you were away 2");
        ServerMessage.Welcome welcome = birch.resume();
        birch.rejoin(lastSeen);
        ash.send("after you came back");

        assertThat(welcome.resumed()).isTrue();
        assertThat(welcome.handle().value()).isEqualTo("birch");
        assertThat(welcome.rooms()).containsExactly(ChatHarness.LOUNGE);
        ServerMessage.Joined rejoined = birch.connection.last(ServerMessage.Joined.class);
        assertThat(rejoined.reset()).isFalse();
        assertThat(rejoined.history()).extracting(ServerMessage.Message::text)
                .containsExactly("while you were away 1", "while you were away 2");
        assertThat(birch.messages()).extracting(ServerMessage.Message::text).containsExactly("after you came back");
        assertThat(rejoined.members()).as("the member kept its place while away").hasSize(2);
    }

    @Test
    void aResumeOlderThanTheWindowIsCaughtUpFromTheStoreWithNothingMissing() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");
        ash.send("seen");
        birch.drop();
        for (int i = 1; i <= 15; i++) { // the window keeps 10
            ash.send("missed " + i);
        }

        birch.resume();
        birch.rejoin(1);

        ServerMessage.Joined rejoined = birch.connection.last(ServerMessage.Joined.class);
        assertThat(rejoined.reset()).isFalse();
        assertThat(rejoined.history()).extracting(ServerMessage.Message::seq).containsExactlyElementsOf(ChatHarness.range(2, 16));
        assertThat(rejoined.headSeq()).isEqualTo(16);
    }

    @Test
    void aResumeFurtherBackThanTheStoreKeepsIsToldToResetWithTheLatestMessages() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");
        ash.send("seen");
        birch.drop();
        for (int i = 1; i <= 15; i++) {
            ash.send("missed " + i);
        }
        harness.store.deleteOlderThan(ChatHarness.LOUNGE, harness.clock.instant().plusSeconds(1), 3).join(); // retention

        birch.resume();
        birch.rejoin(1);

        ServerMessage.Joined rejoined = birch.connection.last(ServerMessage.Joined.class);
        assertThat(rejoined.reset()).isTrue();
        assertThat(rejoined.history()).extracting(ServerMessage.Message::seq).containsExactly(13L, 14L, 15L, 16L);
        ash.send("after the reset");
        assertThat(birch.messages()).extracting(ServerMessage.Message::text).containsExactly("after the reset");
    }

    @Test
    void aClientAheadOfTheRoomIsToldToReset() {
        ChatHarness.Member ash = harness.joined("ash");
        ash.send("only one");

        ash.rejoin(50);

        assertThat(ash.connection.last(ServerMessage.Joined.class).reset()).isTrue();
    }

    @Test
    void aResentClientMessageIdIsAckedWithItsFirstSequenceAndNeverPostedTwice() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");
        ash.send("first", "are you there?");
        ash.drop();
        ash.resume();
        ash.rejoin(0);

        ash.send("first", "are you there?");

        List<ServerMessage.Ack> acks = ash.connection.received(ServerMessage.Ack.class);
        assertThat(acks).singleElement().satisfies(ack -> {
            assertThat(ack.status()).isEqualTo(AckStatus.SENT);
            assertThat(ack.seq()).isEqualTo(1);
        });
        assertThat(birch.messages()).hasSize(1);
        assertThat(harness.lounge.headSeq()).isEqualTo(1);
    }

    @Test
    void aMemberAwayLongerThanTheGraceLosesItsPlaceAndOthersSeeItLeave() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");
        birch.drop();

        harness.clock.advance(ChatHarness.GRACE.minusSeconds(1));
        harness.chat.sweep();
        assertThat(ash.connection.received(ServerMessage.Presence.class))
                .noneMatch(p -> p.event() == PresenceEvent.LEFT);

        harness.clock.advance(Duration.ofSeconds(1));
        harness.chat.sweep();

        assertThat(ash.connection.last(ServerMessage.Presence.class)).satisfies(p -> {
            assertThat(p.event()).isEqualTo(PresenceEvent.LEFT);
            assertThat(p.handle().value()).isEqualTo("birch");
            assertThat(p.count()).isEqualTo(1);
        });
        assertThat(birch.resume().resumed()).as("the token no longer resumes").isFalse();
        assertThat(harness.joined("birch").connection.last(ServerMessage.Joined.class))
                .as("the handle is free again").isNotNull();
    }

    @Test
    void aResumeOnANewConnectionClosesTheOldOneAsResumedElsewhere() {
        ChatHarness.Member ash = harness.joined("ash");
        var old = ash.connection;

        ash.resume();

        assertThat(old.closedWith()).isEqualTo(org.hearth.protocol.CloseCode.SESSION_RESUMED_ELSEWHERE);
    }

    @Test
    void aMemberResumedElsewhereThatNeverRejoinsLosesItsPlaceAfterTheGrace() {
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");
        var old = birch.connection;
        birch.resume();            // a new connection takes the session over...
        birch.connection = old;
        birch.drop();              // ...and the old one closes, but the client never re-joins

        harness.clock.advance(ChatHarness.GRACE);
        harness.chat.sweep();

        assertThat(ash.connection.last(ServerMessage.Presence.class).event()).isEqualTo(PresenceEvent.LEFT);
        assertThat(harness.lounge.members()).extracting(h -> h.value()).containsExactly("ash");
    }
}
