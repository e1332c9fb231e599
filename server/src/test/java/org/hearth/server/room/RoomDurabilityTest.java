package org.hearth.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.memory.InMemoryMessageStore;
import org.junit.jupiter.api.Test;

/** Nothing is acknowledged or shown before it is stored, and a restart forgets nothing it should keep. */
class RoomDurabilityTest {

    @Test
    void aMessageIsAcknowledgedAndBroadcastOnlyOnceItIsDurable() {
        GatedStore store = new GatedStore();
        ChatHarness harness = new ChatHarness(ChatHarness.newClock(), 10, 10, List.of(), Runnable::run, store);
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");

        ash.send("m1", "first");
        ash.send("m1", "first"); // resent while still being stored
        ash.send("m2", "second");

        assertThat(ash.connection.received(ServerMessage.Ack.class)).isEmpty();
        assertThat(birch.messages()).isEmpty();
        assertThat(harness.lounge.headSeq()).isZero();

        store.commitAll();

        assertThat(ash.connection.received(ServerMessage.Ack.class)).extracting(ServerMessage.Ack::clientMsgId,
                ServerMessage.Ack::seq).containsExactly(
                org.assertj.core.groups.Tuple.tuple("m1", 1L), org.assertj.core.groups.Tuple.tuple("m2", 2L));
        assertThat(birch.messages()).extracting(ServerMessage.Message::text).containsExactly("first", "second");
    }

    @Test
    void aMessageTheStoreCouldNotKeepReachesNobodyAndItsNumberIsUsedForTheNextOne() {
        InMemoryMessageStore store = new InMemoryMessageStore();
        ChatHarness harness = new ChatHarness(ChatHarness.newClock(), 10, 10, List.of(), Runnable::run, store);
        ChatHarness.Member ash = harness.joined("ash");
        ChatHarness.Member birch = harness.joined("birch");

        store.failAppendsWith(new StoreException("disk full"));
        ash.send("m1", "did this save?");
        ServerMessage.Ack failed = ash.connection.last(ServerMessage.Ack.class);
        store.failAppendsWith(null);
        ash.send("m1", "did this save?");

        assertThat(failed.status()).isEqualTo(AckStatus.REJECTED);
        assertThat(failed.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE.code());
        assertThat(failed.reason()).contains("send it again");
        assertThat(ash.connection.last(ServerMessage.Ack.class).seq()).as("no gap in the sequence").isEqualTo(1);
        assertThat(birch.messages()).extracting(ServerMessage.Message::seq).containsExactly(1L);
    }

    @Test
    void afterARestartTheRoomKeepsItsHistoryAndNumbersAndRecognisesAResend() {
        InMemoryMessageStore store = new InMemoryMessageStore();
        ChatHarness before = new ChatHarness(ChatHarness.newClock(), 10, 10, List.of(), Runnable::run, store);
        ChatHarness.Member ash = before.joined("ash");
        ash.send("m1", "before the restart");
        ash.send("m2", "also before");

        ChatHarness after = new ChatHarness(ChatHarness.newClock(), 10, 10, List.of(), Runnable::run, store);
        ChatHarness.Member ashAgain = after.joined("ash");
        ChatHarness.Member birch = after.joined("birch");
        ashAgain.send("m2", "also before");
        ashAgain.send("m3", "after the restart");

        assertThat(ashAgain.connection.last(ServerMessage.Joined.class).history())
                .extracting(ServerMessage.Message::text).containsExactly("before the restart", "also before");
        assertThat(ashAgain.connection.received(ServerMessage.Ack.class)).extracting(ServerMessage.Ack::seq)
                .containsExactly(2L, 3L);
        assertThat(birch.messages()).extracting(ServerMessage.Message::text).containsExactly("after the restart");
    }

    @Test
    void messagesPastTheRoomsRetentionAreNoLongerShownOnJoin() {
        ChatHarness harness = new ChatHarness(10, 10, List.of());
        ChatHarness.Member ash = harness.joined("ash");
        ash.send("old news");
        harness.clock.advance(ChatHarness.RETENTION.plusMinutes(1));
        ash.send("today");

        harness.chat.sweep();
        ChatHarness.Member birch = harness.joined("birch");

        assertThat(birch.connection.last(ServerMessage.Joined.class).history())
                .extracting(ServerMessage.Message::text).containsExactly("today");
    }
}
