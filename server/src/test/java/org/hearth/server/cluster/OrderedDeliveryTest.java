package org.hearth.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.junit.jupiter.api.Test;

/** A room's messages from several nodes are handed on once each, in sequence order, gaps filled from the store. */
class OrderedDeliveryTest {
    private static final RoomId ROOM = new RoomId("lounge");
    private static final Duration BOUND = Duration.ofMillis(100);

    private final List<Long> delivered = new ArrayList<>();
    private final List<Runnable> timers = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();
    private final TreeMap<Long, ServerMessage.Message> stored = new TreeMap<>();
    private final List<long[]> reads = new ArrayList<>();
    private final OrderedDelivery delivery = new OrderedDelivery(0, BOUND, this::read, (delay, task) -> {
        delays.add(delay);
        timers.add(task);
    }, message -> delivered.add(message.seq()));

    private static ServerMessage.Message message(long seq) {
        return new ServerMessage.Message(ROOM, seq, "m" + seq, new Handle("ash"), "text " + seq, 1_000 + seq, false);
    }

    private void read(long afterSeq, int limit, Consumer<List<ServerMessage.Message>> then) {
        reads.add(new long[] {afterSeq, limit});
        then.accept(List.copyOf(stored.subMap(afterSeq, false, afterSeq + limit, true).values()));
    }

    /** Fires the timers set so far, as the room's thread would after the bound. */
    private void timePasses() {
        List<Runnable> due = List.copyOf(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void messagesInOrderAreHandedOnAtOnceWithoutWaitingOrReading() {
        delivery.offer(message(1));
        delivery.offer(message(2));

        assertThat(delivered).containsExactly(1L, 2L);
        assertThat(timers).isEmpty();
        assertThat(reads).isEmpty();
    }

    @Test
    void anEarlyMessageIsHeldUntilTheMissingOneArrivesThenBothGoInOrder() {
        delivery.offer(message(2));
        delivery.offer(message(3));
        assertThat(delivered).isEmpty();
        assertThat(delays).containsExactly(BOUND);

        delivery.offer(message(1));

        assertThat(delivered).containsExactly(1L, 2L, 3L);
        timePasses();
        assertThat(reads).as("the gap closed before the bound: nothing read").isEmpty();
        assertThat(timers).isEmpty();
    }

    @Test
    void aGapStillOpenAfterTheBoundIsFilledFromTheStore() {
        stored.put(1L, message(1));
        stored.put(2L, message(2));
        stored.put(3L, message(3));
        delivery.offer(message(3));

        timePasses();

        assertThat(reads).singleElement().satisfies(read -> assertThat(read).containsExactly(0L, 2L));
        assertThat(delivered).containsExactly(1L, 2L, 3L);
        assertThat(delivery.filledFromStore()).isEqualTo(2);
        assertThat(timers).isEmpty();
    }

    @Test
    void aReadThatComesShortIsTriedAgainAfterAnotherBound() {
        delivery.offer(message(3));
        timePasses(); // the store has nothing yet (a failed read answers with nothing)
        assertThat(delivered).isEmpty();
        assertThat(timers).hasSize(1);

        stored.put(1L, message(1));
        stored.put(2L, message(2));
        timePasses();

        assertThat(delivered).containsExactly(1L, 2L, 3L);
        assertThat(reads).hasSize(2);
    }

    @Test
    void duplicatesFromRedisAndFromTheStoreAreDropped() {
        delivery.offer(message(1));
        delivery.offer(message(1));
        delivery.offer(message(3));
        delivery.offer(message(3));
        stored.put(2L, message(2));
        stored.put(3L, message(3));
        timePasses();
        delivery.offer(message(2));
        delivery.offer(message(3));

        assertThat(delivered).containsExactly(1L, 2L, 3L);
        assertThat(delivery.next()).isEqualTo(4);
    }

    @Test
    void aGapThatMovesOnGetsABoundOfItsOwnBeforeItIsRead() {
        delivery.offer(message(2));
        delivery.offer(message(4));
        delivery.offer(message(1)); // 1 and 2 go; 3 is still missing, but its wait has only begun

        timePasses();
        assertThat(reads).as("the first bound was for the gap at 1").isEmpty();
        assertThat(timers).hasSize(1);

        stored.put(3L, message(3));
        timePasses();
        assertThat(delivered).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aLongGapIsReadInBoundedPieces() {
        for (long seq = 1; seq <= OrderedDelivery.MAX_FILL + 10; seq++) {
            stored.put(seq, message(seq));
        }
        delivery.offer(message(OrderedDelivery.MAX_FILL + 11));

        timePasses();
        assertThat(reads).singleElement().satisfies(read -> assertThat(read[1]).isEqualTo(OrderedDelivery.MAX_FILL));
        timePasses();

        assertThat(delivered).hasSize(OrderedDelivery.MAX_FILL + 11);
        assertThat(delivered.getLast()).isEqualTo(OrderedDelivery.MAX_FILL + 11);
    }

    @Test
    void catchingUpAfterAnOutageHandsOnWhatTheStoreHasAfterTheLastMessage() {
        delivery.offer(message(1));
        stored.put(1L, message(1));
        stored.put(2L, message(2));
        stored.put(3L, message(3));

        delivery.catchUp();

        assertThat(delivered).containsExactly(1L, 2L, 3L);
        assertThat(reads).singleElement().satisfies(read -> assertThat(read[0]).isEqualTo(1L));
    }
}
