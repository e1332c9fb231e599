package org.hearth.server.store.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hearth.server.store.AuditLog;

/** The audit log in memory: forgotten on restart. Thread-safe. */
public final class InMemoryAuditLog implements AuditLog {
    private final List<Entry> entries = new ArrayList<>();

    @Override
    public synchronized CompletableFuture<Void> append(Entry entry) {
        entries.add(new Entry(entries.size() + 1, entry.timeMillis(), entry.room(), entry.actor(), entry.action(),
                entry.targetMember(), entry.targetMessage(), entry.rule(), entry.detail()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized List<Entry> page(String room, long beforeId, int limit) {
        List<Entry> page = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && page.size() < limit; i--) {
            Entry entry = entries.get(i);
            if (entry.id() < beforeId && entry.room().equals(room)) {
                page.add(entry);
            }
        }
        return page;
    }
}
