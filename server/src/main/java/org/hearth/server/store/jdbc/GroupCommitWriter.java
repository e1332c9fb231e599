package org.hearth.server.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.metrics.StoreMetrics;
import org.hearth.server.store.AuditLog;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes to the database. It takes whatever appends are waiting (up to the
 * batch size) and commits them in one transaction, so under load many messages share one commit
 * and when idle a single message commits at once: there is no timer. Each append's future
 * completes when its transaction has committed, in append order.
 *
 * <p>It keeps each room's sequence gap-free: an append whose number is not the room's next is
 * refused, and a failed transaction fails every append in it, so the room can number again from
 * the first failed one.
 *
 * <p>Threading: everything but {@link #submit} and {@link #close} runs on the writer thread.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

    /** Work for the writer thread. */
    private sealed interface Task {
    }

    private record Append(StoredMessage stored, CompletableFuture<Void> done) implements Task {
    }

    private record Delete(RoomId room, Instant cutoff, int batch, CompletableFuture<Integer> done) implements Task {
    }

    private record Audit(AuditLog.Entry entry, CompletableFuture<Void> done) implements Task {
    }

    private record Redact(RoomId room, long seq, String replacement, CompletableFuture<Boolean> done) implements Task {
    }

    /** The readiness check: answered in turn with the writes, so a stuck or dead writer fails it. */
    private record Probe(CompletableFuture<Void> done) implements Task {
    }

    private record Stop() implements Task {
    }

    private final Connection connection;
    private final int maxBatch;
    private final StoreMetrics metrics;
    private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final Map<RoomId, Long> committedSeq = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    GroupCommitWriter(Connection connection, int maxBatch, StoreMetrics metrics) {
        this.connection = connection;
        this.metrics = metrics;
        this.maxBatch = maxBatch;
        this.thread = Thread.ofPlatform().name("hearth-store-writer").daemon(false).unstarted(this::run);
        this.thread.start();
    }

    CompletableFuture<Void> append(StoredMessage stored) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        submit(new Append(stored, done), done);
        return done;
    }

    CompletableFuture<Integer> deleteOlderThan(RoomId room, Instant cutoff, int batch) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        submit(new Delete(room, cutoff, batch, done), done);
        return done;
    }

    CompletableFuture<Boolean> redact(RoomId room, long seq, String replacement) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        submit(new Redact(room, seq, replacement, done), done);
        return done;
    }

    CompletableFuture<Void> audit(AuditLog.Entry entry) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        submit(new Audit(entry, done), done);
        return done;
    }

    CompletableFuture<Void> checkWritable() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        submit(new Probe(done), done);
        return done;
    }

    private void submit(Task task, CompletableFuture<?> done) {
        if (closed) {
            done.completeExceptionally(new StoreException("the store is closed: the server is shutting down"));
            return;
        }
        queue.add(task);
        if (!thread.isAlive() && queue.remove(task)) { // raced with close: nobody will write it
            done.completeExceptionally(new StoreException("the store is closed: the server is shutting down"));
        }
    }

    private void run() {
        List<Task> batch = new ArrayList<>(maxBatch);
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, maxBatch - 1);
                if (process(batch)) {
                    return;
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            failAll(batch, "the store stopped before this was written");
            List<Task> left = new ArrayList<>();
            queue.drainTo(left);
            failAll(left, "the store stopped before this was written");
        }
    }

    /** Writes the batch: runs of appends in one transaction each, deletes on their own. True on stop. */
    private boolean process(List<Task> batch) {
        List<Append> appends = new ArrayList<>(batch.size());
        for (Task task : batch) {
            switch (task) {
                case Append append -> appends.add(append);
                case Delete delete -> {
                    commitAppends(appends);
                    delete(delete);
                }
                case Audit audit -> {
                    commitAppends(appends);
                    audit(audit);
                }
                case Redact redact -> {
                    commitAppends(appends);
                    redact(redact);
                }
                case Probe probe -> {
                    commitAppends(appends);
                    probe(probe);
                }
                case Stop stop -> {
                    commitAppends(appends);
                    return true;
                }
            }
        }
        commitAppends(appends);
        return false;
    }

    /** The write connection answers and SQLite would let it write (not opened or switched read-only). */
    private void probe(Probe probe) {
        try (java.sql.Statement statement = connection.createStatement();
             ResultSet queryOnly = statement.executeQuery("PRAGMA query_only")) {
            if (queryOnly.next() && queryOnly.getInt(1) == 0 && !connection.isReadOnly()) {
                probe.done().complete(null);
            } else {
                probe.done().completeExceptionally(new StoreException("the database is read-only"));
            }
        } catch (SQLException e) {
            probe.done().completeExceptionally(new StoreException("the database did not answer: " + e.getMessage(), e));
        }
    }

    private void commitAppends(List<Append> appends) {
        if (appends.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<Append> written = new ArrayList<>(appends.size());
        Map<RoomId, Long> lastInBatch = new LinkedHashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(SqliteStore.INSERT_MESSAGE)) {
            for (Append append : appends) {
                ServerMessage.Message m = append.stored().message();
                long expected = lastInBatch.getOrDefault(m.room(), committed(m.room())) + 1;
                if (m.seq() != expected) {
                    append.done().completeExceptionally(new StoreException("sequence " + m.seq() + " in " + m.room()
                            + " follows a failed write (expected: " + expected + ")"));
                    continue;
                }
                SqliteStore.bindMessage(insert, append.stored());
                insert.addBatch();
                lastInBatch.put(m.room(), m.seq());
                written.add(append);
            }
            insert.executeBatch();
            try (PreparedStatement counter = connection.prepareStatement(SqliteStore.RAISE_COUNTER)) {
                for (Map.Entry<RoomId, Long> last : lastInBatch.entrySet()) {
                    counter.setString(1, last.getKey().value());
                    counter.setLong(2, last.getValue());
                    counter.addBatch();
                }
                counter.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            StoreException failure = new StoreException("could not store " + written.size() + " messages: "
                    + e.getMessage(), e);
            log.error("a write to the database failed; {} messages were not stored and their authors were told",
                    written.size(), e);
            written.forEach(append -> append.done().completeExceptionally(failure));
            appends.clear();
            return;
        }
        metrics.committed(written.size(), System.nanoTime() - started);
        committedSeq.putAll(lastInBatch);
        appends.clear();
        for (Append append : written) {
            append.done().complete(null);
        }
    }

    private void delete(Delete delete) {
        try (PreparedStatement statement = connection.prepareStatement(SqliteStore.DELETE_OLDER)) {
            statement.setString(1, delete.room().value());
            statement.setString(2, delete.room().value());
            statement.setLong(3, delete.cutoff().toEpochMilli());
            statement.setInt(4, delete.batch());
            int deleted = statement.executeUpdate();
            connection.commit();
            delete.done().complete(deleted);
        } catch (SQLException e) {
            rollbackQuietly();
            delete.done().completeExceptionally(new StoreException("could not delete old messages: " + e.getMessage(), e));
        }
    }

    private void redact(Redact redact) {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE messages SET text = ?, redacted = 1 WHERE room = ? AND seq = ?")) {
            update.setString(1, redact.replacement());
            update.setString(2, redact.room().value());
            update.setLong(3, redact.seq());
            int changed = update.executeUpdate();
            connection.commit();
            redact.done().complete(changed > 0);
        } catch (SQLException failure) {
            rollbackQuietly();
            redact.done().completeExceptionally(new StoreException("could not remove a message's text: "
                    + failure.getMessage(), failure));
        }
    }

    private void audit(Audit audit) {
        AuditLog.Entry e = audit.entry();
        try (PreparedStatement insert = connection.prepareStatement(SqliteStore.INSERT_AUDIT)) {
            insert.setLong(1, e.timeMillis());
            insert.setString(2, e.room());
            insert.setString(3, e.actor());
            insert.setString(4, e.action());
            insert.setString(5, e.targetMember());
            insert.setString(6, e.targetMessage());
            insert.setString(7, e.rule());
            insert.setString(8, e.detail());
            insert.executeUpdate();
            connection.commit();
            audit.done().complete(null);
        } catch (SQLException failure) {
            rollbackQuietly();
            log.error("an audit entry could not be stored", failure);
            audit.done().completeExceptionally(new StoreException("could not store an audit entry: "
                    + failure.getMessage(), failure));
        }
    }

    private long committed(RoomId room) throws SQLException {
        Long known = committedSeq.get(room);
        if (known != null) {
            return known;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT last_seq FROM rooms WHERE id = ?")) {
            select.setString(1, room.value());
            try (ResultSet row = select.executeQuery()) {
                long last = row.next() ? row.getLong(1) : 0;
                committedSeq.put(room, last);
                return last;
            }
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("rollback failed after a failed write", e);
        }
    }

    private static void failAll(List<Task> tasks, String why) {
        for (Task task : tasks) {
            switch (task) {
                case Append append -> append.done().completeExceptionally(new StoreException(why));
                case Delete delete -> delete.done().completeExceptionally(new StoreException(why));
                case Audit audit -> audit.done().completeExceptionally(new StoreException(why));
                case Redact redact -> redact.done().completeExceptionally(new StoreException(why));
                case Probe probe -> probe.done().completeExceptionally(new StoreException(why));
                case Stop stop -> {
                }
            }
        }
    }

    /** Writes everything already submitted, then stops the thread (waiting at most 5 seconds). */
    @Override
    public void close() {
        closed = true;
        queue.add(new Stop());
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!thread.isAlive()) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.warn("closing the database after the last write failed", e);
            }
        }
    }
}
