package org.hearth.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hearth.server.metrics.StoreMetrics;
import org.junit.jupiter.api.Test;

/** What the durable backends promise beyond every store: a writer thread that group-commits and can stop. */
public abstract class DurableStoreContractTest extends StoreContractTest {

    /** The backend's stores on this test's data, reporting each group commit to {@code metrics}. */
    protected abstract Stores open(StoreMetrics metrics);

    @Override
    protected Stores open() {
        return open(StoreMetrics.NONE);
    }

    @Test
    void theWriterAnswersTheReadinessProbeWhileOpenAndFailsItOnceClosed() {
        Stores stores = stores();
        assertThat(stores.messages().checkWritable()).succeedsWithin(Duration.ofSeconds(5));

        stores.close();

        assertThat(stores.messages().checkWritable()).failsWithin(Duration.ofSeconds(5));
        assertThat(stores.messages().append(message(LOUNGE, 1, T0))).failsWithin(Duration.ofSeconds(5));
    }

    @Test
    void eachGroupCommitReportsHowManyMessagesItWrote() {
        List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        try (Stores stores = open(new StoreMetrics() {
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
