package org.hearth.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void messageIIsDueAtStartPlusIOverRate() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(1_000, 1_000 + SECOND, 200);
        assertThat(schedule.scheduledNanos(0)).isEqualTo(1_000);
        assertThat(schedule.scheduledNanos(1)).isEqualTo(1_000 + 5_000_000);
        assertThat(schedule.scheduledNanos(199)).isEqualTo(1_000 + 995_000_000);
    }

    @Test
    void aLateTickTakesEveryMessageDueSinceInsteadOfFewer() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(0, 10 * SECOND, 1_000);
        int taken = 0;
        // the sender was stalled for 50 ms: the 51 messages due in that time all go now, with their own send times
        while (schedule.hasDue(50_000_000)) {
            assertThat(schedule.scheduledNanos(schedule.take())).isLessThanOrEqualTo(50_000_000);
            taken++;
        }
        assertThat(taken).isEqualTo(51);
    }

    @Test
    void nothingIsDueBeforeStartOrAtOrAfterTheEnd() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(SECOND, 2 * SECOND, 10);
        assertThat(schedule.hasDue(SECOND - 1)).isFalse();
        int taken = 0;
        while (schedule.hasDue(5 * SECOND)) {
            schedule.take();
            taken++;
        }
        assertThat(taken).isEqualTo(10);
        assertThat(schedule.total()).isEqualTo(10);
        assertThat(schedule.finished()).isTrue();
    }

    @Test
    void aZeroRateSendsNothing() {
        OpenLoopSchedule schedule = new OpenLoopSchedule(0, SECOND, 0);
        assertThat(schedule.hasDue(SECOND / 2)).isFalse();
        assertThat(schedule.total()).isZero();
    }

    @Test
    void moderatedMessagesAreTheConfiguredShareSpreadEvenly() {
        int moderated = 0;
        for (long i = 0; i < 10_000; i++) {
            if (Traffic.isModerated(i, 0.1)) {
                moderated++;
            }
        }
        assertThat(moderated).isBetween(990, 1010);
        assertThat(Traffic.isModerated(7, 0)).isFalse();
    }
}
