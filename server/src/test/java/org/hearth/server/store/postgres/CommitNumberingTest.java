package org.hearth.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.StoredMessage;
import org.hearth.server.store.Stores;
import org.hearth.server.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several nodes' stores on one PostgreSQL schema, each numbering in its commit: together they give
 * every room one gap-free sequence, whoever wrote what, and the room's counter ends at its last number.
 */
@Timeout(120)
class CommitNumberingTest {
    private static final RoomId LOUNGE = new RoomId("lounge");
    private static final RoomId GARDEN = new RoomId("garden");
    private TestPostgres postgres;

    @BeforeEach
    void freshSchema() {
        postgres = TestPostgres.freshSchema();
    }

    @AfterEach
    void dropSchema() {
        if (postgres != null) {
            postgres.close();
        }
    }

    private Stores node() {
        return PostgresStore.open(new StoreConfig(StoreConfig.Backend.POSTGRESQL, Path.of("unused"), false, 50,
                postgres.url(), 4), StoreMetrics.NONE, true);
    }

    private static StoredMessage unnumbered(RoomId room, String id) {
        return new StoredMessage(new ServerMessage.Message(room, 0, id, new Handle("ash"), "text of " + id, 1_000, false),
                "member-" + id, "c-" + id);
    }

    @Test
    void twoNodesWritingTheSameRoomsAtOnceGiveEachRoomOneGapFreeSequence() {
        try (Stores first = node(); Stores second = node()) {
            first.rooms().register(LOUNGE, "Lounge", "", java.time.Duration.ofDays(1));
            first.rooms().register(GARDEN, "Garden", "", java.time.Duration.ofDays(1));
            assertThat(first.messages().numbersMessages()).isTrue();
            List<CompletableFuture<Long>> lounge = new ArrayList<>();
            List<CompletableFuture<Long>> garden = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Stores node = i % 2 == 0 ? first : second;
                // Each node's batches hold both rooms, in both orders, so a lock order that differed would deadlock.
                RoomId a = i % 4 < 2 ? LOUNGE : GARDEN;
                RoomId b = a == LOUNGE ? GARDEN : LOUNGE;
                (a == LOUNGE ? lounge : garden).add(node.messages().appendNumbered(unnumbered(a, "a" + i)));
                (b == LOUNGE ? lounge : garden).add(node.messages().appendNumbered(unnumbered(b, "b" + i)));
            }

            for (var futures : List.of(lounge, garden)) {
                assertThat(futures.stream().map(CompletableFuture::join).sorted().toList())
                        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 400).boxed().toList());
            }
            for (RoomId room : List.of(LOUNGE, GARDEN)) {
                List<StoredMessage> stored = second.messages().readAfter(room, 0, 1_000);
                assertThat(stored).extracting(s -> s.message().seq())
                        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 400).boxed().toList());
                assertThat(first.messages().load(room, 1).lastSeq()).isEqualTo(400);
            }
        }
    }

    @Test
    void anAppendNumberedByTheCommitKeepsItsIdAndTextAndTakesTheNumberItWasGiven() {
        try (Stores node = node()) {
            node.rooms().register(LOUNGE, "Lounge", "", java.time.Duration.ofDays(1));
            long first = node.messages().appendNumbered(unnumbered(LOUNGE, "x")).join();
            long second = node.messages().appendNumbered(unnumbered(LOUNGE, "y")).join();

            assertThat(List.of(first, second)).containsExactly(1L, 2L);
            assertThat(node.messages().readAfter(LOUNGE, 0, 10)).extracting(s -> s.message().id() + ":"
                    + s.message().seq() + ":" + s.message().text()).containsExactly("x:1:text of x", "y:2:text of y");
        }
    }

    @Test
    void aFailedCommitTakesNoNumberSoTheRoomGoesOnWithoutAGap() {
        try (Stores node = node()) {
            node.rooms().register(LOUNGE, "Lounge", "", java.time.Duration.ofDays(1));
            postgres.run("ALTER TABLE messages ADD CONSTRAINT refuses_this CHECK (text <> 'text of refused')");

            assertThatThrownBy(() -> node.messages().appendNumbered(unnumbered(LOUNGE, "refused")).join())
                    .hasCauseInstanceOf(StoreException.class);
            long next = node.messages().appendNumbered(unnumbered(LOUNGE, "kept")).join();

            assertThat(next).isEqualTo(1);
            assertThat(node.messages().load(LOUNGE, 10).lastSeq()).isEqualTo(1);
        }
    }

    @Test
    void aFailedCommitWhoseMessageIsStoredAllTheSameGivesTheNumberItIsStoredUnder() {
        try (Stores node = node()) {
            node.rooms().register(LOUNGE, "Lounge", "", java.time.Duration.ofDays(1));
            // As if an earlier commit of this message had landed and only its answer was lost:
            postgres.run("INSERT INTO messages (room, seq, id, author, member_id, client_msg_id, text, time_ms)"
                    + " VALUES ('lounge', 1, 'landed', 'ash', 'member-landed', 'c-landed', 'text of landed', 1000)");
            postgres.run("UPDATE rooms SET last_seq = 1 WHERE id = 'lounge'");
            postgres.run("ALTER TABLE messages ADD CONSTRAINT refuses_this CHECK (text <> 'text of landed') NOT VALID");

            long seq = node.messages().appendNumbered(unnumbered(LOUNGE, "landed")).join();

            assertThat(seq).isEqualTo(1);
            assertThat(node.messages().readAfter(LOUNGE, 0, 10)).hasSize(1);
        }
    }

    @Test
    void aStoreWhoseRoomsNumberTheirOwnMessagesRefusesToNumberThem() {
        try (Stores single = PostgresStore.open(new StoreConfig(StoreConfig.Backend.POSTGRESQL, Path.of("unused"), false,
                50, postgres.url(), 4), StoreMetrics.NONE)) {
            assertThat(single.messages().numbersMessages()).isFalse();
            assertThatThrownBy(() -> single.messages().appendNumbered(unnumbered(LOUNGE, "x")))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
