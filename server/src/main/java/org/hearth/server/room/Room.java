package org.hearth.server.room;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.RoomSummary;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.protocol.ServerMessage.PresenceEvent;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.HeldMessage;
import org.hearth.server.moderation.HoldQueue;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.session.Connection;
import org.hearth.server.session.FrameEncoder;
import org.hearth.server.session.Session;

/**
 * One room: its members, its sequence numbers, its recent history, and the message path from a
 * member's send to everyone's screen.
 *
 * <p>Threading: all state is owned by the room's executor (an event loop in the server); the
 * public methods only queue work there, so there are no locks on the message path, and the order
 * in which sends reach the executor is the room's one order.
 */
public final class Room {
    private final RoomId id;
    private final RoomSummary summary;
    private final Executor executor;
    private final Clock clock;
    private final FilterChain filters;
    private final RoomSettings settings;
    private final MessageIds messageIds;
    private final HistoryWindow history;
    private final FanOut fanOut;
    private final HoldQueue holdQueue = new HoldQueue();
    private final Map<String, RoomMember> membersByHandle = new HashMap<>();

    public Room(RoomId id, RoomSummary summary, Executor executor, FrameEncoder encoder, Clock clock,
                FilterChain filters, RoomSettings settings, MessageIds messageIds) {
        this.id = id;
        this.summary = summary;
        this.executor = executor;
        this.clock = clock;
        this.filters = filters;
        this.settings = settings;
        this.messageIds = messageIds;
        this.history = new HistoryWindow(settings.historyWindow());
        this.fanOut = new FanOut(encoder);
    }

    public RoomId id() {
        return id;
    }

    /** Runs a task on the room's thread; for the service and for tests that inspect state there. */
    public void execute(Runnable task) {
        executor.execute(task);
    }

    public void join(Session session, Connection connection, ClientMessage.Join join) {
        executor.execute(() -> onJoin(session, connection, join));
    }

    public void leave(Session session, ClientMessage.Leave leave) {
        executor.execute(() -> onLeave(session, leave));
    }

    public void post(Session session, ClientMessage.Send send) {
        executor.execute(() -> onPost(session, send));
    }

    /** The member's connection went away; it keeps its place for the resume grace period. */
    public void away(Session session, Connection connection) {
        executor.execute(() -> onAway(session, connection));
    }

    /** Removes members away longer than the grace period. */
    public void sweep() {
        executor.execute(this::onSweep);
    }

    // ---- state, read on the room's thread only ----

    /** The latest sequence number. Room thread only. */
    public long headSeq() {
        return history.head();
    }

    /** Held messages. Room thread only. */
    public HoldQueue holdQueue() {
        return holdQueue;
    }

    /** Handles present, away members included. Room thread only. */
    public List<Handle> members() {
        List<Handle> handles = new ArrayList<>(membersByHandle.size());
        for (RoomMember member : membersByHandle.values()) {
            handles.add(member.session.handle());
        }
        handles.sort((a, b) -> a.key().compareTo(b.key()));
        return handles;
    }

    // ---- the message path ----

    private void onJoin(Session session, Connection connection, ClientMessage.Join join) {
        String key = session.handle().key();
        RoomMember member = membersByHandle.get(key);
        if (member != null && member.session != session) {
            session.send(error(ErrorCode.HANDLE_TAKEN, "someone in " + id + " already uses the handle '"
                    + session.handle() + "'; choose another pseudonym", join.type(), null));
            return;
        }
        if (member == null) {
            if (session.rooms().size() >= settings.roomsPerSession()) {
                session.send(error(ErrorCode.TOO_MANY_JOINS, "this session is in " + session.rooms().size()
                        + " rooms already (expected: at most " + settings.roomsPerSession() + "); leave one first",
                        join.type(), null));
                return;
            }
            member = new RoomMember(session, null);
            membersByHandle.put(key, member);
            session.rooms().add(id);
            fanOut.broadcast(new ServerMessage.Presence(id, session.handle(), PresenceEvent.JOINED,
                    membersByHandle.size()));
        }
        attach(member, connection);
        connection.send(joinedFrame(join.lastSeq()));
    }

    private ServerMessage.Joined joinedFrame(Long lastSeq) {
        if (lastSeq == null) {
            return new ServerMessage.Joined(id, summary, members(), history.newest(settings.historyOnJoin()),
                    history.head(), false);
        }
        if (history.covers(lastSeq)) {
            return new ServerMessage.Joined(id, summary, members(), history.after(lastSeq), history.head(), false);
        }
        // The gap is older than what the room keeps (or the client is ahead of the room): say so.
        return new ServerMessage.Joined(id, summary, members(), history.newest(settings.historyOnJoin()),
                history.head(), true);
    }

    private void attach(RoomMember member, Connection connection) {
        if (member.connection == connection) {
            return;
        }
        if (member.connection != null) {
            fanOut.remove(member.connection);
        }
        member.connection = connection;
        fanOut.add(connection);
    }

    private void onLeave(Session session, ClientMessage.Leave leave) {
        RoomMember member = memberOf(session);
        if (member == null) {
            session.send(error(ErrorCode.NOT_IN_ROOM, "you are not in " + id, leave.type(), null));
            return;
        }
        remove(member);
        session.send(new ServerMessage.Left(id));
    }

    private void onAway(Session session, Connection connection) {
        RoomMember member = memberOf(session);
        if (member != null && member.connection == connection) {
            fanOut.remove(connection);
            member.connection = null;
            member.awaySinceMillis = clock.millis();
        }
    }

    private void onSweep() {
        long now = clock.millis();
        long grace = settings.resumeGrace().toMillis();
        List<RoomMember> expired = null;
        for (RoomMember member : membersByHandle.values()) {
            if (member.away() && now - member.awaySinceMillis >= grace) {
                if (expired == null) {
                    expired = new ArrayList<>();
                }
                expired.add(member);
            }
        }
        if (expired != null) {
            expired.forEach(this::remove);
        }
    }

    private void remove(RoomMember member) {
        Session session = member.session;
        membersByHandle.remove(session.handle().key());
        if (member.connection != null) {
            fanOut.remove(member.connection);
        }
        session.rooms().remove(id);
        filters.forget(session.id());
        fanOut.broadcast(new ServerMessage.Presence(id, session.handle(), PresenceEvent.LEFT, membersByHandle.size()));
    }

    private void onPost(Session session, ClientMessage.Send send) {
        RoomMember member = memberOf(session);
        if (member == null) {
            session.send(error(ErrorCode.NOT_IN_ROOM, "join " + id + " before sending to it", send.type(),
                    send.clientMsgId()));
            return;
        }
        ServerMessage.Ack earlier = member.recentAcks.get(send.clientMsgId());
        if (earlier != null) {
            session.send(earlier); // a resend after a reconnect: same answer, never posted twice
            return;
        }
        Candidate candidate = new Candidate(id, session.id(), session.handle(), send.text(), clock.instant());
        FilterChain.Result result = filters.evaluate(candidate);
        switch (result.stop()) {
            case null -> publish(member, send.clientMsgId(), candidate, result);
            case Verdict.Hold hold -> {
                holdQueue.add(new HeldMessage(id, session.id(), send.clientMsgId(), candidate.withText(result.text()), hold));
                answer(member, ServerMessage.Ack.notSent(id, send.clientMsgId(), AckStatus.HELD,
                        ErrorCode.HELD_FOR_REVIEW, hold.rule(), hold.reason()), true);
            }
            case Verdict.Reject reject -> answer(member, ServerMessage.Ack.notSent(id, send.clientMsgId(),
                    AckStatus.REJECTED, reject.code(), reject.rule(), reject.reason()), !reject.code().retryable());
            case Verdict.Pass pass -> throw new IllegalStateException("a pass never stops the chain");
            case Verdict.Redact redact -> throw new IllegalStateException("a redaction never stops the chain");
        }
    }

    private void publish(RoomMember member, String clientMsgId, Candidate candidate, FilterChain.Result result) {
        long seq = history.head() + 1;
        ServerMessage.Message message = new ServerMessage.Message(id, seq, messageIds.next(), candidate.author(),
                result.text(), candidate.time().toEpochMilli(), result.redacted());
        history.add(message);
        answer(member, ServerMessage.Ack.sent(id, clientMsgId, seq), true);
        for (Verdict.Redact redaction : result.redactions()) {
            member.session.send(new ServerMessage.Notice(id, "redacted", redaction.rule(), redaction.notice()));
        }
        fanOut.broadcast(message);
    }

    /** Tells the author what became of its message, remembering final answers for resends. */
    private static void answer(RoomMember member, ServerMessage.Ack ack, boolean isFinal) {
        if (isFinal) {
            member.recentAcks.put(ack);
        }
        member.session.send(ack);
    }

    private RoomMember memberOf(Session session) {
        RoomMember member = membersByHandle.get(session.handle().key());
        return member != null && member.session == session ? member : null;
    }

    private ServerMessage.Error error(ErrorCode code, String message, String ref, String clientMsgId) {
        return ServerMessage.Error.of(code, message, ref, id.value(), clientMsgId);
    }
}
