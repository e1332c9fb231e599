package org.hearth.server.room;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.session.Connection;
import org.hearth.server.session.Session;
import org.hearth.server.store.MessageStore;

/**
 * Moderators' removals of posted messages: the text is replaced in the store first, then in the
 * room's history, then on every screen; a member who comes back is told of removals among the
 * messages it may still show. Remembers removals only as far back as the room's history window.
 * Owned by the room's thread; the store answers on its own thread and the work hops back.
 */
final class RemovalDesk {
    private final RoomId room;
    private final MessageStore store;
    private final Executor roomThread;
    private final HistoryWindow history;
    private final FanOut fanOut;
    private final RoomAudit audit;
    private final Map<Long, ServerMessage.Redacted> removed = new LinkedHashMap<>();

    RemovalDesk(RoomId room, MessageStore store, Executor roomThread, HistoryWindow history, FanOut fanOut,
                RoomAudit audit) {
        this.room = room;
        this.store = store;
        this.roomThread = roomThread;
        this.history = history;
        this.fanOut = fanOut;
        this.audit = audit;
    }

    void redact(Session moderator, ClientMessage.Redact command) {
        if (!HoldDesk.allowed(moderator, room, command.type())) {
            return;
        }
        long seq = command.seq();
        String replacement = "removed by a moderator: " + command.rule();
        store.redact(room, seq, replacement).whenComplete((found, failure) -> roomThread.execute(() -> {
            if (failure != null) {
                moderator.send(ServerMessage.Error.of(ErrorCode.STORE_UNAVAILABLE, "the removal could not be saved;"
                        + " nothing changed. Try again", command.type(), room.value(), null));
            } else if (!found) {
                moderator.send(ServerMessage.Error.of(ErrorCode.NO_SUCH_MESSAGE, "there is no message " + seq + " in "
                        + room + " (never sent, or past the room's retention)", command.type(), room.value(), null));
            } else {
                removedNow(moderator, command, replacement);
            }
        }));
    }

    private void removedNow(Session moderator, ClientMessage.Redact command, String replacement) {
        ServerMessage.Message kept = history.get(command.seq());
        if (kept != null) {
            history.replace(new ServerMessage.Message(kept.room(), kept.seq(), kept.id(), kept.author(), replacement,
                    kept.time(), true));
        }
        ServerMessage.Redacted frame = new ServerMessage.Redacted(room, command.seq(), command.rule(), replacement);
        removed.put(command.seq(), frame);
        fanOut.broadcast(frame);
        audit.record(RoomAudit.actor(moderator), "removed", kept == null ? null : kept.author(),
                "seq:" + command.seq(), command.rule(), null);
        moderator.send(new ServerMessage.Done(room, command.type(), null, null));
    }

    /** After a re-join from {@code lastSeq}: the removals among messages the member may still show. */
    void tellReturning(Connection connection, long lastSeq) {
        for (ServerMessage.Redacted frame : removed.values()) {
            if (frame.seq() <= lastSeq) {
                connection.send(frame);
            }
        }
    }

    /** Forgets removals older than the room's history window. */
    void sweep() {
        long oldest = history.oldest();
        for (Iterator<Long> seqs = removed.keySet().iterator(); seqs.hasNext(); ) {
            if (seqs.next() < oldest) {
                seqs.remove();
            }
        }
    }
}
