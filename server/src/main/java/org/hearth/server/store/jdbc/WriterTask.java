package org.hearth.server.store.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hearth.protocol.RoomId;
import org.hearth.server.store.AuditLog;
import org.hearth.server.store.StoreException;
import org.hearth.server.store.StoredMessage;

/** Work queued for the {@link GroupCommitWriter}'s thread, in the order it is to be written. */
sealed interface WriterTask {

    /** A task whose caller waits for an answer. */
    sealed interface Completing<T> extends WriterTask {
        CompletableFuture<T> done();
    }

    record Append(StoredMessage stored, CompletableFuture<Void> done) implements Completing<Void> {
    }

    /** An append the writer numbers in its commit (several nodes writing the same rooms); gives the number. */
    record Numbered(StoredMessage stored, CompletableFuture<Long> done) implements Completing<Long> {
    }

    record Delete(RoomId room, Instant cutoff, int batch, CompletableFuture<Integer> done) implements Completing<Integer> {
    }

    record Audit(AuditLog.Entry entry, CompletableFuture<Void> done) implements Completing<Void> {
    }

    record Redact(RoomId room, long seq, String replacement, CompletableFuture<Boolean> done)
            implements Completing<Boolean> {
    }

    /** The readiness check: answered in turn with the writes, so a stuck or dead writer fails it. */
    record Probe(CompletableFuture<Void> done) implements Completing<Void> {
    }

    record Stop() implements WriterTask {
    }

    /** Fails every waiting caller among {@code tasks}, saying {@code why}. */
    static void failAll(List<WriterTask> tasks, String why) {
        for (WriterTask task : tasks) {
            if (task instanceof Completing<?> completing) {
                completing.done().completeExceptionally(new StoreException(why));
            }
        }
    }
}
