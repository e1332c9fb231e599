package org.hearth.server.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.store.RoomHistory;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.StoredMessage;
import org.hearth.server.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store against a real database file in a temporary folder. */
class SqliteStoreTest {
    private static final RoomId LOUNGE = new RoomId("lounge");
    private static final RoomId ATTIC = new RoomId("attic");
    private static final Instant T0 = Instant.parse("2026-11-26T20:00:00Z");

    @TempDir
    Path data;

    private Stores open() {
        Stores stores = SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, data, false, 500));
        stores.rooms().register(LOUNGE, "The lounge", "Talk kindly.", Duration.ofDays(30));
        stores.rooms().register(ATTIC, "The attic", "Quiet.", Duration.ofDays(30));
        return stores;
    }

    private static StoredMessage message(RoomId room, long seq, Instant time) {
        return new StoredMessage(new ServerMessage.Message(room, seq, "id" + seq, new Handle("ash"), "text " + seq,
                time.toEpochMilli(), seq % 7 == 0), "member-1", "c" + seq);
    }

    private static void appendAll(Stores stores, RoomId room, long from, long to, Instant time) {
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        for (long seq = from; seq <= to; seq++) {
            writes.add(stores.messages().append(message(room, seq, time)));
        }
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
    }

    @Test
    void appendedMessagesReadBackInSequenceOrderWithEveryField() {
        try (Stores stores = open()) {
            appendAll(stores, LOUNGE, 1, 300, T0);
            appendAll(stores, ATTIC, 1, 5, T0);

            List<StoredMessage> read = stores.messages().readAfter(LOUNGE, 100, 50);

            assertThat(read).extracting(m -> m.message().seq()).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(101, 150).boxed().toList());
            assertThat(read.getFirst()).isEqualTo(message(LOUNGE, 101, T0));
            assertThat(stores.messages().readAfter(ATTIC, 0, 100)).hasSize(5);
        }
    }

    @Test
    void theCounterAndTheNewestMessagesSurviveAReopen() {
        try (Stores stores = open()) {
            appendAll(stores, LOUNGE, 1, 120, T0);
        }
        try (Stores reopened = open()) {
            RoomHistory history = reopened.messages().load(LOUNGE, 50);

            assertThat(history.lastSeq()).isEqualTo(120);
            assertThat(history.recent()).extracting(m -> m.message().seq()).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(71, 120).boxed().toList());
            assertThat(history.recent().getLast().clientMsgId()).as("the resend key is kept").isEqualTo("c120");
            reopened.messages().append(message(LOUNGE, 121, T0)).join();
        }
    }

    @Test
    void aSequenceNumberThatIsNotTheNextIsRefusedSoTheStoreNeverHasAGap() {
        try (Stores stores = open()) {
            appendAll(stores, LOUNGE, 1, 3, T0);

            assertThatThrownBy(() -> stores.messages().append(message(LOUNGE, 5, T0)).join())
                    .hasCauseInstanceOf(StoreException.class).hasMessageContaining("expected: 4");
            assertThatThrownBy(() -> stores.messages().append(message(LOUNGE, 3, T0)).join())
                    .hasCauseInstanceOf(StoreException.class);
            stores.messages().append(message(LOUNGE, 4, T0)).join();
            assertThat(stores.messages().load(LOUNGE, 10).lastSeq()).isEqualTo(4);
        }
    }

    @Test
    void retentionDeletesOldMessagesInBatchesButNeverLowersTheCounter() {
        try (Stores stores = open()) {
            appendAll(stores, LOUNGE, 1, 1200, T0);
            appendAll(stores, LOUNGE, 1201, 1210, T0.plus(Duration.ofDays(40)));
            Instant cutoff = T0.plus(Duration.ofDays(10));

            int first = stores.messages().deleteOlderThan(LOUNGE, cutoff, 500).join();
            int second = stores.messages().deleteOlderThan(LOUNGE, cutoff, 500).join();
            int third = stores.messages().deleteOlderThan(LOUNGE, cutoff, 500).join();
            int fourth = stores.messages().deleteOlderThan(LOUNGE, cutoff, 500).join();

            assertThat(List.of(first, second, third, fourth)).containsExactly(500, 500, 200, 0);
            RoomHistory history = stores.messages().load(LOUNGE, 100);
            assertThat(history.recent()).extracting(m -> m.message().seq()).first().isEqualTo(1201L);
            assertThat(history.lastSeq()).isEqualTo(1210);
        }
        try (Stores reopened = open()) {
            assertThatThrownBy(() -> reopened.messages().append(message(LOUNGE, 1, T0)).join())
                    .as("a deleted message's number is not given again").hasCauseInstanceOf(StoreException.class);
            reopened.messages().append(message(LOUNGE, 1211, T0)).join();
        }
    }

    @Test
    void closingWritesEverythingAlreadyAppended() {
        List<CompletableFuture<Void>> writes = new ArrayList<>();
        try (Stores stores = open()) {
            for (long seq = 1; seq <= 2_000; seq++) {
                writes.add(stores.messages().append(message(LOUNGE, seq, T0)));
            }
        }
        assertThat(writes).allMatch(write -> write.isDone() && !write.isCompletedExceptionally());
        try (Stores reopened = open()) {
            assertThat(reopened.messages().load(LOUNGE, 1).lastSeq()).isEqualTo(2_000);
        }
    }

    @Test
    void aDataPathThatIsNotAFolderIsAClearErrorAtStartUp() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("plain-file"), "not a folder");

        assertThatThrownBy(() -> SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, notAFolder.resolve("data"),
                false, 500)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("could not be created").hasMessageContaining("set store.path");
    }

    @Test
    void aDamagedDatabaseFileIsAClearErrorAtStartUp() throws Exception {
        Files.write(data.resolve("hearth.db"), "this is not an SQLite database, it was overwritten".repeat(200).getBytes());

        assertThatThrownBy(this::open)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("hearth.db").hasMessageContaining("move it aside");
    }

    @Test
    void aRemovalReplacesTheStoredTextForGood() {
        try (Stores stores = open()) {
            appendAll(stores, LOUNGE, 1, 3, T0);
            assertThat(stores.messages().redact(LOUNGE, 2, "removed by a moderator: rule-2").join()).isTrue();
            assertThat(stores.messages().redact(LOUNGE, 9, "removed by a moderator: rule-2").join()).isFalse();
        }
        try (Stores reopened = open()) {
            StoredMessage removed = reopened.messages().readAfter(LOUNGE, 1, 1).getFirst();
            assertThat(removed.message().text()).isEqualTo("removed by a moderator: rule-2");
            assertThat(removed.message().redacted()).isTrue();
        }
    }

    @Test
    void theWriterAnswersTheReadinessProbeWhileOpenAndFailsItOnceClosed() {
        Stores stores = open();
        assertThat(stores.messages().checkWritable()).succeedsWithin(Duration.ofSeconds(5));

        stores.close();

        assertThat(stores.messages().checkWritable()).failsWithin(Duration.ofSeconds(5));
    }

    @Test
    void eachGroupCommitReportsHowManyMessagesItWrote() {
        List<Integer> batches = java.util.Collections.synchronizedList(new ArrayList<>());
        try (Stores stores = SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, data, false, 500),
                new org.hearth.server.metrics.StoreMetrics() {
                    @Override
                    public void committed(int messages, long nanos) {
                        batches.add(messages);
                    }
                })) {
            stores.rooms().register(LOUNGE, "The lounge", "Talk kindly.", Duration.ofDays(30));
            appendAll(stores, LOUNGE, 1, 40, T0);
        }

        assertThat(batches).isNotEmpty().allMatch(size -> size >= 1);
        assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
    }
}
