package org.hearth.server.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The hour of samples: oldest first, never more than it holds. */
class SampleRingTest {
    private static HealthSample at(long time) {
        return new HealthSample(time, 0, 0, null, null, 0, new int[0]);
    }

    @Test
    void samplesComeOutOldestFirstAndTheOldestGoFirstOnceFull() {
        SampleRing ring = new SampleRing(3);
        assertThat(ring.oldestFirst()).isEmpty();

        ring.add(at(1));
        ring.add(at(2));
        assertThat(ring.oldestFirst()).extracting(HealthSample::time).containsExactly(1L, 2L);

        ring.add(at(3));
        ring.add(at(4));
        ring.add(at(5));
        assertThat(ring.oldestFirst()).extracting(HealthSample::time).containsExactly(3L, 4L, 5L);
    }

    @Test
    void aRingHoldsAtLeastOne() {
        assertThatThrownBy(() -> new SampleRing(0)).hasMessageContaining("expected: > 0");
    }
}
