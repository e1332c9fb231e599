package org.hearth.server.store.jdbc;

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
 * the first failed one. A write whose answer was lost (the connection dropped as it committed)
 * might have been stored all the same; before the room's next append, whatever it wrote from
 * the first failed number on is taken back, so what is stored is what the authors were told.
 *
 * <p>When several nodes write the same rooms, appends come unnumbered instead and the commit
 * numbers them ({@link CommitNumbering}): no counter is cached, nothing is taken back, and a batch
 * whose commit was not answered is checked for which of its messages were stored.
 *
 * <p>A connection that fails and no longer answers is given up and a new one opened for the next
 * batch, so the writer recovers by itself when the database comes back. While it cannot get a
 * connection, each batch fails at once after the first attempt.
 *
 * <p>Threading: everything but {@link #submit} and {@link #close} runs on the writer thread.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);
    private final Database database;
    private final int maxBatch;
    private final StoreMetrics metrics;
    /** Null when this writer is its rooms' only one and the rooms number their messages. */
    private final CommitNumbering numbering;
    private final BlockingQueue<WriterTask> queue = new LinkedBlockingQueue<>();
    private final Map<RoomId, Long> committedSeq = new HashMap<>();
    /** Rooms whose last write failed: the first number of it, which may or may not have been stored. */
    private final Map<RoomId, Long> unconfirmedFrom = new HashMap<>();
    private final Thread thread;
    private Connection connection;
    /** Set when no connection could be had during the current batch: the rest of it fails without waiting again. */
    private SQLException unreachable;
    private boolean failing;
    private volatile boolean closed;

    /** Opens the writer's first connection at once, so a database that cannot be written fails at start-up. */
    GroupCommitWriter(Database database, int maxBatch, StoreMetrics metrics, boolean numberInCommit) throws SQLException {
        this.database = database;
        this.numbering = numberInCommit ? new CommitNumbering(database) : null;
        this.metrics = metrics;
        this.maxBatch = maxBatch;
        this.connection = database.openWriter();
        this.thread = Thread.ofPlatform().name("hearth-store-writer").daemon(false).unstarted(this::run);
        this.thread.start();
    }

    CompletableFuture<Void> append(StoredMessage stored) {
        return submit(new WriterTask.Append(stored, new CompletableFuture<>()));
    }

    CompletableFuture<Long> appendNumbered(StoredMessage stored) {
        return submit(new WriterTask.Numbered(stored, new CompletableFuture<>()));
    }

    boolean numbersMessages() {
        return numbering != null;
    }

    CompletableFuture<Integer> deleteOlderThan(RoomId room, Instant cutoff, int batch) {
        return submit(new WriterTask.Delete(room, cutoff, batch, new CompletableFuture<>()));
    }

    CompletableFuture<Boolean> redact(RoomId room, long seq, String replacement) {
        return submit(new WriterTask.Redact(room, seq, replacement, new CompletableFuture<>()));
    }

    CompletableFuture<Void> audit(AuditLog.Entry entry) {
        return submit(new WriterTask.Audit(entry, new CompletableFuture<>()));
    }

    CompletableFuture<Void> checkWritable() {
        return submit(new WriterTask.Probe(new CompletableFuture<>()));
    }

    private <T> CompletableFuture<T> submit(WriterTask.Completing<T> task) {
        if (closed) {
            task.done().completeExceptionally(new StoreException("the store is closed: the server is shutting down"));
            return task.done();
        }
        queue.add(task);
        if (!thread.isAlive() && queue.remove(task)) { // raced with close: nobody will write it
            task.done().completeExceptionally(new StoreException("the store is closed: the server is shutting down"));
        }
        return task.done();
    }

    private void run() {
        List<WriterTask> batch = new ArrayList<>(maxBatch);
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
            WriterTask.failAll(batch, "the store stopped before this was written");
            List<WriterTask> left = new ArrayList<>();
            queue.drainTo(left);
            WriterTask.failAll(left, "the store stopped before this was written");
        }
    }

    /** Writes the batch: runs of appends in one transaction each, other writes on their own. True on stop. */
    private boolean process(List<WriterTask> batch) {
        unreachable = null;
        List<WriterTask.Append> appends = new ArrayList<>(batch.size());
        List<WriterTask.Numbered> numbered = new ArrayList<>();
        for (WriterTask task : batch) {
            if (task instanceof WriterTask.Append append) {
                appends.add(append);
                continue;
            }
            if (task instanceof WriterTask.Numbered unnumbered) {
                numbered.add(unnumbered);
                continue;
            }
            commitAppends(appends);
            commitNumbered(numbered);
            switch (task) {
                case WriterTask.Delete delete -> write(delete, "could not delete old messages", c -> SmallWrites.delete(c, delete));
                case WriterTask.Audit audit -> write(audit, "could not store an audit entry", c -> SmallWrites.audit(c, audit));
                case WriterTask.Redact redact -> write(redact, "could not remove a message's text", c -> SmallWrites.redact(c, redact));
                case WriterTask.Probe probe -> write(probe, "the database did not answer", c -> {
                    database.checkWritable(c);
                    return null;
                });
                case WriterTask.Stop stop -> {
                    return true;
                }
                case WriterTask.Append append -> throw new IllegalStateException("appends are gathered above");
                case WriterTask.Numbered append -> throw new IllegalStateException("appends are gathered above");
            }
        }
        commitAppends(appends);
        commitNumbered(numbered);
        return false;
    }

    private void commitAppends(List<WriterTask.Append> appends) {
        if (appends.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<WriterTask.Append> written = new ArrayList<>(appends.size());
        Map<RoomId, Long> lastInBatch = new LinkedHashMap<>();
        try {
            Connection writer = connection();
            for (WriterTask.Append append : appends) {
                ServerMessage.Message m = append.stored().message();
                Long last = lastInBatch.get(m.room());
                long expected = (last != null ? last : committed(writer, m.room())) + 1;
                if (m.seq() != expected) {
                    append.done().completeExceptionally(new StoreException("sequence " + m.seq() + " in " + m.room()
                            + " follows a failed write (expected: " + expected + ")"));
                    continue;
                }
                lastInBatch.put(m.room(), m.seq());
                written.add(append);
            }
            if (!written.isEmpty()) {
                database.insertMessages(writer, written.stream().map(WriterTask.Append::stored).toList(), lastInBatch);
                commit(writer);
            }
        } catch (SQLException | RuntimeException e) {
            for (WriterTask.Append append : written) {
                ServerMessage.Message m = append.stored().message();
                unconfirmedFrom.merge(m.room(), m.seq(), Math::min);
                committedSeq.remove(m.room());
            }
            List<WriterTask.Append> unanswered = appends.stream().filter(append -> !append.done().isDone()).toList();
            failed(e, unanswered.size() + " messages were not stored and their authors were told");
            StoreException failure = new StoreException("could not store " + unanswered.size() + " messages: "
                    + e.getMessage(), e);
            unanswered.forEach(append -> append.done().completeExceptionally(failure));
            appends.clear();
            return;
        }
        appends.clear();
        if (written.isEmpty()) {
            return;
        }
        metrics.committed(written.size(), System.nanoTime() - started);
        committedSeq.putAll(lastInBatch);
        recovered();
        for (WriterTask.Append append : written) {
            append.done().complete(null);
        }
    }

    /** Numbers and stores the appends in one transaction; after a failure, tells each author what became of its message. */
    private void commitNumbered(List<WriterTask.Numbered> appends) {
        if (appends.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<StoredMessage> sent = appends.stream().map(WriterTask.Numbered::stored).toList();
        List<StoredMessage> numbered;
        try {
            numbered = numbering.commit(connection(), sent);
        } catch (SQLException | RuntimeException e) {
            failed(e, "checking which of " + appends.size() + " messages were stored all the same");
            Map<String, Long> stored = Map.of();
            try {
                stored = numbering.storedOf(sent);
            } catch (SQLException | RuntimeException unknown) {
                log.debug("could not check what a failed commit stored; its authors are told to send again", unknown);
            }
            StoreException failure = new StoreException("could not store the message: " + e.getMessage(), e);
            for (WriterTask.Numbered append : appends) {
                Long seq = stored.get(append.stored().message().id());
                if (seq != null) {
                    append.done().complete(seq);
                } else {
                    append.done().completeExceptionally(failure);
                }
            }
            appends.clear();
            return;
        }
        metrics.committed(numbered.size(), System.nanoTime() - started);
        recovered();
        for (int i = 0; i < appends.size(); i++) {
            appends.get(i).done().complete(numbered.get(i).message().seq());
        }
        appends.clear();
    }

    /** One write in a transaction of its own; its future gets the result, or a StoreException saying {@code what}. */
    private <T> void write(WriterTask.Completing<T> task, String what, Database.Work<T> work) {
        T result;
        try {
            Connection writer = connection();
            result = work.apply(writer);
            commit(writer);
        } catch (SQLException | RuntimeException e) {
            failed(e, what);
            task.done().completeExceptionally(e instanceof StoreException store ? store
                    : new StoreException(what + ": " + e.getMessage(), e));
            return;
        }
        recovered();
        task.done().complete(result);
    }

    /** The room's last stored number, first taking back a failed write that may have landed unseen. */
    private long committed(Connection writer, RoomId room) throws SQLException {
        Long known = committedSeq.get(room);
        if (known != null) {
            return known;
        }
        Long from = unconfirmedFrom.get(room);
        if (from != null) {
            Database.inTransaction(writer, c -> {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM messages WHERE room = ? AND seq >= ?");
                     PreparedStatement lower = c.prepareStatement(
                             "UPDATE rooms SET last_seq = ? WHERE id = ? AND last_seq >= ?")) {
                    delete.setString(1, room.value());
                    delete.setLong(2, from);
                    delete.executeUpdate();
                    lower.setLong(1, from - 1);
                    lower.setString(2, room.value());
                    lower.setLong(3, from);
                    return lower.executeUpdate();
                }
            });
            unconfirmedFrom.remove(room);
        }
        try (PreparedStatement select = writer.prepareStatement("SELECT last_seq FROM rooms WHERE id = ?")) {
            select.setString(1, room.value());
            try (ResultSet row = select.executeQuery()) {
                long last = row.next() ? row.getLong(1) : 0;
                committedSeq.put(room, last);
                return last;
            }
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            if (unreachable != null) {
                throw unreachable;
            }
            try {
                connection = database.openWriter();
            } catch (SQLException e) {
                unreachable = e;
                throw e;
            }
        }
        return connection;
    }

    private static void commit(Connection writer) throws SQLException {
        if (!writer.getAutoCommit()) {
            writer.commit();
        }
    }

    /** After a failed write: rolls back, and gives the connection up when it no longer answers. */
    private void failed(Exception e, String consequence) {
        if (!failing) {
            failing = true;
            log.error("a write to the database failed; {}. Further failures are logged at debug level until"
                    + " a write succeeds again", consequence, e);
        } else {
            log.debug("a write to the database failed again; {}", consequence, e);
        }
        if (connection == null) {
            return;
        }
        try {
            if (connection.isValid(2)) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                return;
            }
        } catch (SQLException broken) {
            log.debug("the write connection failed while rolling back", broken);
        }
        closeQuietly(connection);
        connection = null;
    }

    private void recovered() {
        if (failing) {
            failing = false;
            log.info("writes to the database succeed again");
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("closing a failed write connection failed", e);
        }
    }

    /** Writes everything already submitted, then stops the thread (waiting at most 5 seconds). */
    @Override
    public void close() {
        closed = true;
        queue.add(new WriterTask.Stop());
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!thread.isAlive() && connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.warn("closing the database after the last write failed", e);
            }
        }
    }
}
