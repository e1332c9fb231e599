package org.hearth.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeqTrackerTest {
    private final SeqTracker tracker = new SeqTracker();

    @Test
    void messagesInOrderAreNeitherLostNorOutOfOrder() {
        tracker.start(10);
        for (long seq = 11; seq <= 20; seq++) {
            assertThat(tracker.onSeq(seq)).isTrue();
        }
        assertThat(tracker.lost(20)).isZero();
        assertThat(tracker.outOfOrder()).isZero();
        assertThat(tracker.duplicates()).isZero();
        assertThat(tracker.received()).isEqualTo(10);
    }

    @Test
    void aGapThatIsNeverFilledCountsAsLost() {
        tracker.start(0);
        tracker.onSeq(1);
        tracker.onSeq(4); // 2 and 3 never come
        tracker.onSeq(5);
        assertThat(tracker.lost(5)).isEqualTo(2);
        assertThat(tracker.contiguous()).isEqualTo(1);
    }

    @Test
    void messagesAfterTheLastOneReceivedCountAsLostAgainstTheRoomsHead() {
        tracker.start(0);
        tracker.onSeq(1);
        tracker.onSeq(2);
        assertThat(tracker.lost(5)).isEqualTo(3);
    }

    @Test
    void aLateArrivalFillsItsGapAndCountsAsOutOfOrder() {
        tracker.start(0);
        tracker.onSeq(1);
        tracker.onSeq(3);
        assertThat(tracker.onSeq(2)).isFalse();
        assertThat(tracker.outOfOrder()).isEqualTo(1);
        assertThat(tracker.duplicates()).isZero();
        assertThat(tracker.lost(3)).isZero();
        assertThat(tracker.contiguous()).isEqualTo(3);
    }

    @Test
    void aRepeatedSeqCountsAsDuplicate() {
        tracker.start(0);
        tracker.onSeq(1);
        tracker.onSeq(2);
        assertThat(tracker.onSeq(2)).isFalse();
        assertThat(tracker.onSeq(1)).isFalse();
        assertThat(tracker.duplicates()).isEqualTo(2);
        assertThat(tracker.outOfOrder()).isZero();
        assertThat(tracker.lost(2)).isZero();
    }

    @Test
    void aLateArrivalSeenTwiceIsOutOfOrderOnceThenDuplicate() {
        tracker.start(0);
        tracker.onSeq(2);
        tracker.onSeq(1);
        tracker.onSeq(1);
        assertThat(tracker.outOfOrder()).isEqualTo(1);
        assertThat(tracker.duplicates()).isEqualTo(1);
    }

    @Test
    void countingStartsAfterTheHeadSeqOfTheJoin() {
        tracker.start(41);
        tracker.onSeq(42);
        assertThat(tracker.lost(42)).isZero();
        assertThat(tracker.highest()).isEqualTo(42);
    }
}
