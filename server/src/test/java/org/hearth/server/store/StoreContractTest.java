package org.hearth.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.store.AccountStore.StoredAccount;
import org.hearth.server.store.MuteStore.StoredMute;
import org.junit.jupiter.api.Test;

/**
 * What every store backend promises, as the interfaces' Javadoc says it: each backend's test
 * extends this with the way it opens its stores. "Reopen" means the same data opened again, as
 * after a restart; for the in-memory backend, the same stores.
 */
public abstract class StoreContractTest {
    protected static final RoomId LOUNGE = new RoomId("lounge");
    protected static final RoomId ATTIC = new RoomId("attic");
    protected static final Instant T0 = Instant.parse("2026-11-26T20:00:00Z");

    /** The backend's stores on this test's data: the same data each time it is called. */
    protected abstract Stores open();

    /** The stores with the test's two rooms registered. */
    protected Stores stores() {
        Stores stores = open();
        stores.rooms().register(LOUNGE, "The lounge", "Talk kindly.", Duration.ofDays(30));
        stores.rooms().register(ATTIC, "The attic", "Quiet.", Duration.ofDays(30));
        return stores;
    }

    protected static StoredMessage message(RoomId room, long seq, Instant time) {
        return new StoredMessage(new ServerMessage.Message(room, seq, "id" + seq, new Handle("ash"), "text " + seq,
                time.toEpochMilli(), seq % 7 == 0), "member-1", "c" + seq);
    }

    protected static void appendAll(Stores stores, RoomId room, long from, long to, Instant time) {
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        for (long seq = from; seq <= to; seq++) {
            writes.add(stores.messages().append(message(room, seq, time)));
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
    }

    private static List<Long> seqs(List<StoredMessage> messages) {
        return messages.stream().map(m -> m.message().seq()).toList();
    }

    private static List<Long> range(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void appendedMessagesReadBackInSequenceOrderWithEveryField() {
        try (Stores stores = stores()) {
            appendAll(stores, LOUNGE, 1, 300, T0);
            appendAll(stores, ATTIC, 1, 5, T0);

            List<StoredMessage> read = stores.messages().readAfter(LOUNGE, 100, 50);

            assertThat(seqs(read)).containsExactlyElementsOf(range(101, 150));
            assertThat(read.getFirst()).isEqualTo(message(LOUNGE, 101, T0));
            assertThat(stores.messages().readAfter(LOUNGE, 0, 10).get(6)).as("a redacted message stays redacted")
                    .isEqualTo(message(LOUNGE, 7, T0));
            assertThat(stores.messages().readAfter(ATTIC, 0, 100)).hasSize(5);
        }
    }

    @Test
    void appendFuturesCompleteInAppendOrder() {
        List<Long> completed = Collections.synchronizedList(new ArrayList<>());
        try (Stores stores = stores()) {
            List<CompletableFuture<Void>> writes = new ArrayList<>();
            for (long seq = 1; seq <= 500; seq++) {
                long n = seq;
                writes.add(stores.messages().append(message(seq % 2 == 0 ? LOUNGE : ATTIC, (seq + 1) / 2, T0))
                        .thenRun(() -> completed.add(n)));
            }
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
        }
        assertThat(completed).containsExactlyElementsOf(range(1, 500));
    }

    @Test
    void theCounterAndTheNewestMessagesSurviveAReopen() {
        try (Stores stores = stores()) {
            appendAll(stores, LOUNGE, 1, 120, T0);
        }
        try (Stores reopened = stores()) {
            RoomHistory history = reopened.messages().load(LOUNGE, 50);

            assertThat(history.lastSeq()).isEqualTo(120);
            assertThat(seqs(history.recent())).containsExactlyElementsOf(range(71, 120));
            assertThat(history.recent().getLast().clientMsgId()).as("the resend key is kept").isEqualTo("c120");
            assertThat(reopened.messages().load(new RoomId("never-used"), 10)).isEqualTo(RoomHistory.EMPTY);
            reopened.messages().append(message(LOUNGE, 121, T0)).join();
        }
    }

    @Test
    void aSequenceNumberThatIsNotTheNextIsRefusedSoTheStoreNeverHasAGap() {
        try (Stores stores = stores()) {
            appendAll(stores, LOUNGE, 1, 3, T0);

            assertThatThrownBy(() -> stores.messages().append(message(LOUNGE, 5, T0)).join())
                    .hasCauseInstanceOf(StoreException.class).hasMessageContaining("expected: 4");
            assertThatThrownBy(() -> stores.messages().append(message(LOUNGE, 3, T0)).join())
                    .hasCauseInstanceOf(StoreException.class);
            stores.messages().append(message(LOUNGE, 4, T0)).join();
            assertThat(stores.messages().load(LOUNGE, 10).lastSeq()).isEqualTo(4);
            assertThat(seqs(stores.messages().readAfter(LOUNGE, 0, 10))).containsExactly(1L, 2L, 3L, 4L);
        }
    }

    @Test
    void retentionDeletesOldMessagesInBatchesButNeverLowersTheCounter() {
        try (Stores stores = stores()) {
            appendAll(stores, LOUNGE, 1, 1200, T0);
            appendAll(stores, LOUNGE, 1201, 1210, T0.plus(Duration.ofDays(40)));
            appendAll(stores, ATTIC, 1, 10, T0);
            Instant cutoff = T0.plus(Duration.ofDays(10));

            List<Integer> deleted = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                deleted.add(stores.messages().deleteOlderThan(LOUNGE, cutoff, 500).join());
            }

            assertThat(deleted).containsExactly(500, 500, 200, 0);
            RoomHistory history = stores.messages().load(LOUNGE, 100);
            assertThat(seqs(history.recent())).first().isEqualTo(1201L);
            assertThat(history.lastSeq()).isEqualTo(1210);
            assertThat(stores.messages().readAfter(ATTIC, 0, 100)).as("another room keeps its messages").hasSize(10);
        }
        try (Stores reopened = stores()) {
            assertThatThrownBy(() -> reopened.messages().append(message(LOUNGE, 1, T0)).join())
                    .as("a deleted message's number is not given again").hasCauseInstanceOf(StoreException.class);
            reopened.messages().append(message(LOUNGE, 1211, T0)).join();
        }
    }

    @Test
    void closingWritesEverythingAlreadyAppended() {
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        try (Stores stores = stores()) {
            for (long seq = 1; seq <= 2_000; seq++) {
                writes.add(stores.messages().append(message(LOUNGE, seq, T0)));
            }
        }
        assertThat(writes).allMatch(write -> write.isDone() && !write.isCompletedExceptionally());
        try (Stores reopened = stores()) {
            assertThat(reopened.messages().load(LOUNGE, 1).lastSeq()).isEqualTo(2_000);
        }
    }

    @Test
    void aRemovalReplacesTheStoredTextForGood() {
        try (Stores stores = stores()) {
            appendAll(stores, LOUNGE, 1, 3, T0);
            assertThat(stores.messages().redact(LOUNGE, 2, "removed by a moderator: rule-2").join()).isTrue();
            assertThat(stores.messages().redact(LOUNGE, 9, "removed by a moderator: rule-2").join()).isFalse();
        }
        try (Stores reopened = stores()) {
            StoredMessage removed = reopened.messages().readAfter(LOUNGE, 1, 1).getFirst();
            assertThat(removed.message().text()).isEqualTo("removed by a moderator: rule-2");
            assertThat(removed.message().redacted()).isTrue();
        }
    }

    @Test
    void theStoreSaysItCanWriteWhileOpen() {
        try (Stores stores = stores()) {
            assertThat(stores.messages().checkWritable()).succeedsWithin(Duration.ofSeconds(5));
        }
    }

    @Test
    void anAccountWithItsRoomsSurvivesAReopenAndSavingAgainReplacesIt() {
        try (Stores stores = stores()) {
            assertThat(stores.accounts().anyOperator()).isFalse();
            stores.accounts().save(new StoredAccount("jo", "moderator", Set.of("lounge", "night-owls"), "$hash-1"));
            stores.accounts().save(new StoredAccount("ops", "operator", Set.of(), "$hash-2"));
        }
        try (Stores stores = stores()) {
            assertThat(stores.accounts().find("jo")).hasValue(
                    new StoredAccount("jo", "moderator", Set.of("lounge", "night-owls"), "$hash-1"));
            assertThat(stores.accounts().anyOperator()).isTrue();
            stores.accounts().save(new StoredAccount("jo", "moderator", Set.of("lounge"), "$hash-3"));
            assertThat(stores.accounts().find("jo")).hasValue(new StoredAccount("jo", "moderator", Set.of("lounge"), "$hash-3"));
            assertThat(stores.accounts().find("nobody")).isEmpty();
        }
    }

    private static AuditLog.Entry entry(String room, String action, long time) {
        return new AuditLog.Entry(0, time, room, "moderator:jo", action, "ash", "held:x" + time, "rule-2", null);
    }

    @Test
    void auditEntriesSurviveAReopenAndPageNewestFirstPerRoom() {
        try (Stores stores = stores()) {
            for (int i = 1; i <= 5; i++) {
                stores.audit().append(entry("lounge", "approved", i)).join();
            }
            stores.audit().append(entry("attic", "declined", 6)).join();
        }
        try (Stores stores = stores()) {
            List<AuditLog.Entry> first = stores.audit().page("lounge", Long.MAX_VALUE, 3);
            List<AuditLog.Entry> second = stores.audit().page("lounge", first.getLast().id(), 3);

            assertThat(first).extracting(AuditLog.Entry::timeMillis).containsExactly(5L, 4L, 3L);
            assertThat(second).extracting(AuditLog.Entry::timeMillis).containsExactly(2L, 1L);
            assertThat(first.getFirst()).isEqualTo(new AuditLog.Entry(first.getFirst().id(), 5, "lounge", "moderator:jo",
                    "approved", "ash", "held:x5", "rule-2", null));
            assertThat(stores.audit().page("attic", Long.MAX_VALUE, 10)).singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo("declined"));
        }
    }

    @Test
    void aMuteSurvivesAReopenUntilItEndsOrIsLifted() {
        try (Stores stores = stores()) {
            stores.mutes().put("lounge", new StoredMute("ash", 2_000, "rule-4"));
            stores.mutes().put("lounge", new StoredMute("birch", 5_000, "rule-2"));
            stores.mutes().put("attic", new StoredMute("ash", 9_000, "rule-1"));
        }
        try (Stores stores = stores()) {
            assertThat(stores.mutes().active("lounge", 1_000)).containsExactlyInAnyOrder(
                    new StoredMute("ash", 2_000, "rule-4"), new StoredMute("birch", 5_000, "rule-2"));
            assertThat(stores.mutes().active("lounge", 3_000)).containsExactly(new StoredMute("birch", 5_000, "rule-2"));
            stores.mutes().remove("lounge", "birch");
            stores.mutes().put("attic", new StoredMute("ash", 12_000, "rule-3"));
        }
        try (Stores stores = stores()) {
            assertThat(stores.mutes().active("lounge", 3_000)).isEmpty();
            assertThat(stores.mutes().active("attic", 10_000)).containsExactly(new StoredMute("ash", 12_000, "rule-3"));
        }
    }

    @Test
    void charterEditsSurviveAReopenAndALaterValueReplacesAnEarlierOne() {
        try (Stores stores = stores()) {
            assertThat(stores.charters().settings()).isEmpty();
            stores.charters().put(Map.of("room.lounge.rule.1", "Be kind.", "room.lounge.locale", "en-GB"));
            stores.charters().put(Map.of("room.lounge.rule.1", "Be kinder.", "room.attic.rule.2", ""));
        }
        try (Stores stores = stores()) {
            assertThat(stores.charters().settings()).containsOnly(Map.entry("room.lounge.rule.1", "Be kinder."),
                    Map.entry("room.lounge.locale", "en-GB"), Map.entry("room.attic.rule.2", ""));
        }
    }
}
