package org.hearth.server.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hearth.server.config.StoreConfig;
import org.hearth.server.store.AuditLog;
import org.hearth.server.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAuditLogTest {
    @TempDir
    Path data;

    private Stores open() {
        return SqliteStore.open(new StoreConfig(StoreConfig.Backend.SQLITE, data, false, 100));
    }

    private static AuditLog.Entry entry(String room, String action, long time) {
        return new AuditLog.Entry(0, time, room, "moderator:jo", action, "ash", "held:x" + time, "rule-2", null);
    }

    @Test
    void entriesSurviveAReopenAndPageNewestFirstPerRoom() {
        try (Stores stores = open()) {
            for (int i = 1; i <= 5; i++) {
                stores.audit().append(entry("lounge", "approved", i)).join();
            }
            stores.audit().append(entry("attic", "declined", 6)).join();
        }
        try (Stores stores = open()) {
            List<AuditLog.Entry> first = stores.audit().page("lounge", Long.MAX_VALUE, 3);
            List<AuditLog.Entry> second = stores.audit().page("lounge", first.getLast().id(), 3);

            assertThat(first).extracting(AuditLog.Entry::timeMillis).containsExactly(5L, 4L, 3L);
            assertThat(second).extracting(AuditLog.Entry::timeMillis).containsExactly(2L, 1L);
            assertThat(first.getFirst()).satisfies(e -> {
                assertThat(e.actor()).isEqualTo("moderator:jo");
                assertThat(e.rule()).isEqualTo("rule-2");
                assertThat(e.targetMember()).isEqualTo("ash");
            });
            assertThat(stores.audit().page("attic", Long.MAX_VALUE, 10)).singleElement()
                    .satisfies(e -> assertThat(e.action()).isEqualTo("declined"));
        }
    }
}
