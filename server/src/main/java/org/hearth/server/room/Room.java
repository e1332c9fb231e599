package org.hearth.server.room;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.RoomSummary;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.PresenceEvent;
import org.hearth.server.metrics.RoomMetrics;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.HoldQueue;
import org.hearth.server.moderation.filter.MuteFilter;
import org.hearth.server.session.Connection;
import org.hearth.server.session.Session;
import org.hearth.server.store.RoomHistory;
import org.hearth.server.store.StoredMessage;

/**
 * One room: its members, its recent history, its desks for moderators' commands, and its
 * {@link MessagePath} from a member's send to everyone's screen.
 *
 * <p>Threading: all state is owned by the room's executor (an event loop in the server); the
 * public methods only queue work there, so there are no locks on the message path, and the order
 * in which sends reach the executor is the room's one order. Store completions hop back to the
 * executor in commit order.
 */
public final class Room {
    private final RoomId id;
    private final RoomCharter charter;
    private final Duration retention;
    private final Executor executor;
    private final MessagePath path;
    private final RoomServices services;
    private final RoomSettings settings;
    private final HistoryWindow history;
    private final RecentAnswers answers;
    private final FanOut fanOut;
    private final HoldDesk holdDesk;
    private final RoomAudit audit;
    private final MuteDesk muteDesk;
    private final RemovalDesk removalDesk;
    private final FlagDesk flagDesk;
    private final DutyDesk dutyDesk;
    private final PauseDesk pauseDesk;
    private final SlowModeDesk slowModeDesk;
    private final BanDesk banDesk;
    /** By handle key, in handle order, so the member list a joiner gets needs no sorting. */
    private final TreeMap<String, RoomMember> membersByHandle = new TreeMap<>();
    private final CatchUp catchUp;

    /**
     * @param retention how long the room keeps messages
     * @param slowMode the charter's slow mode, zero for off (moderators may change it)
     * @param filters the room's filter chain (the room puts the pause, mute and slow-mode checks first)
     */
    public Room(RoomId id, RoomSummary summary, Duration retention, Duration slowMode, Executor executor,
                FilterChain filters, RoomServices services, RoomHistory restored) {
        this.id = id;
        this.charter = new RoomCharter(summary);
        this.retention = retention;
        this.executor = executor;
        this.audit = new RoomAudit(id, services.audit(), services.clock());
        this.muteDesk = new MuteDesk(id, charter, services, membersByHandle, audit);
        this.services = services;
        this.settings = services.settings();
        this.fanOut = new FanOut(services.encoder());
        this.pauseDesk = new PauseDesk(id, fanOut, audit);
        this.banDesk = new BanDesk(id, membersByHandle, audit);
        this.slowModeDesk = new SlowModeDesk(id, slowMode, services.clock(), fanOut, audit);
        RoomMetrics metrics = services.metrics().room(id.value());
        this.holdDesk = new HoldDesk(id, services.clock(), audit, charter, membersByHandle.values(), metrics,
                services.pulseChanges());
        this.answers = new RecentAnswers(Math.max(1_000, settings.historyWindow()), settings.resumeGrace().toMillis());
        List<StoredMessage> recent = restored.recent();
        this.history = new HistoryWindow(settings.historyWindow(),
                recent.isEmpty() ? restored.lastSeq() : recent.getFirst().message().seq() - 1);
        long now = services.clock().millis();
        for (StoredMessage stored : recent) {
            history.add(stored.message());
            answers.answered(stored.message().author(),
                    ServerMessage.Ack.sent(id, stored.clientMsgId(), stored.message().seq()), now);
        }
        muteDesk.restore(now); // start-up: may block
        this.removalDesk = new RemovalDesk(id, services.store(), executor, history, fanOut, audit);
        this.flagDesk = new FlagDesk(id, history, holdDesk, services.duty(), audit, metrics);
        this.dutyDesk = new DutyDesk(id, membersByHandle.values(), fanOut, services.duty(), services.pulseChanges());
        this.catchUp = new CatchUp(id, services.store(), services.storeReads(), executor, settings.catchUpLimit());
        this.path = new MessagePath(id, executor, services, history, answers, fanOut, holdDesk, audit,
                withDesks(filters), restored.lastSeq(), dutyDesk::onDuty, metrics);
        path.connect(services.bus().attach(id, history.head(), executor, path::deliver));
    }

    public RoomId id() {
        return id;
    }

    /** The room's health now, taken on its thread; for the operators' live view. */
    public java.util.concurrent.CompletableFuture<RoomPulse> pulse() {
        java.util.concurrent.CompletableFuture<RoomPulse> pulse = new java.util.concurrent.CompletableFuture<>();
        try {
            execute(() -> {
                int online = (int) membersByHandle.values().stream().filter(member -> member.connection != null).count();
                holdDesk.describeQueue((held, oldestSeconds) -> pulse.complete(new RoomPulse(id.value(),
                        charter.summary().title(), online, path.postedLastMinute(), held, oldestSeconds, dutyDesk.onDuty())));
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pulse.completeExceptionally(e); // the room's loop is shutting down: the view answers 503
        }
        return pulse;
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

    /** A moderator's command or a member's flag; each desk checks who may. */
    public void command(Session session, ClientMessage.RoomCommand command) {
        executor.execute(() -> {
            switch (command) {
                case ClientMessage.Approve approve -> holdDesk.approve(session, approve, path::postApproved);
                case ClientMessage.Decline decline ->
                        holdDesk.decline(session, decline, reply -> path.answer(reply.author(), reply.ack(), true));
                case ClientMessage.Mute mute -> muteDesk.mute(session, mute);
                case ClientMessage.Unmute unmute -> muteDesk.unmute(session, unmute);
                case ClientMessage.Redact redact -> removalDesk.redact(session, redact);
                case ClientMessage.Pause pause -> pauseDesk.pause(session, pause);
                case ClientMessage.Slow slow -> slowModeDesk.change(session, slow);
                case ClientMessage.Remove remove -> banDesk.remove(session, remove, this::remove);
                case ClientMessage.Flag flag -> ifMember(session, flag, member -> flagDesk.flag(session, flag));
                case ClientMessage.Duty duty -> ifMember(session, duty, member -> dutyDesk.change(member, duty));
            }
        });
    }

    private void ifMember(Session session, ClientMessage frame, java.util.function.Consumer<RoomMember> then) {
        RoomMember member = memberOf(session);
        if (member == null) {
            session.send(error(ErrorCode.NOT_IN_ROOM, "join " + id + " first", frame.type(), null));
        } else {
            then.accept(member);
        }
    }

    /** The member's connection went away; it keeps its place for the resume grace period. */
    public void away(Session session, Connection connection) {
        executor.execute(() -> onAway(session, connection));
    }

    /** Removes members away longer than the grace period and history older than the retention. */
    public void sweep() {
        executor.execute(this::onSweep);
    }

    /** A paused room, a muted member or a post too soon: the message goes no further. */
    private FilterChain withDesks(FilterChain chain) {
        return chain.withFirst(slowModeDesk.filter()).withFirst(new MuteFilter(muteDesk.list())).withFirst(pauseDesk.filter());
    }

    /**
     * An operator changed the charter: members joining from now on see the new one, the next post
     * meets the new filters (their per-member counts start afresh), and slow mode takes the new
     * default. Recorded in the audit log.
     */
    public void recharter(RoomSummary summary, FilterChain chain, Duration slowMode, String operator) {
        executor.execute(() -> {
            charter.replace(summary);
            path.replaceFilters(withDesks(chain));
            slowModeDesk.reset(slowMode);
            audit.record("operator:" + operator, "charter-edited", null, null, "charter", null);
        });
    }

    // ---- state, read on the room's thread only ----

    /** The latest durable sequence number. Room thread only. */
    public long headSeq() {
        return history.head();
    }

    /** How long the room keeps messages. */
    public Duration retention() {
        return retention;
    }

    /** Held messages. Room thread only. */
    public HoldQueue holdQueue() {
        return holdDesk.queue();
    }

    /** Handles present, away members included. Room thread only. */
    public List<Handle> members() {
        List<Handle> handles = new ArrayList<>(membersByHandle.size());
        for (RoomMember member : membersByHandle.values()) {
            handles.add(member.session.handle());
        }
        return handles;
    }

    // ---- joining and leaving ----

    private void onJoin(Session session, Connection connection, ClientMessage.Join join) {
        String key = session.handle().key();
        RoomMember member = membersByHandle.get(key);
        if (banDesk.refuses(session, join.type())) {
            return;
        }
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
            member = new RoomMember(session, services.clock().millis());
            membersByHandle.put(key, member);
            session.rooms().add(id);
            fanOut.broadcast(new ServerMessage.Presence(id, session.handle(), PresenceEvent.JOINED,
                    membersByHandle.size()));
        }
        Long lastSeq = join.lastSeq();
        if (lastSeq == null || history.covers(lastSeq) || lastSeq > history.head()) {
            admit(member, connection, lastSeq);
        } else {
            // Further back than memory: fetch the gap from the store, off this thread, then admit.
            RoomMember joining = member;
            catchUp.fetch(lastSeq, history.oldest(), older -> admitAfterCatchUp(joining, connection, lastSeq, older));
        }
    }

    /** Attaches the member and sends what it is owed from memory, in one step on this thread. */
    private void admit(RoomMember member, Connection connection, Long lastSeq) {
        attach(member, connection);
        ServerMessage.Joined joined;
        if (lastSeq == null) {
            joined = joined(history.newest(settings.historyOnJoin()), false);
        } else if (history.covers(lastSeq)) {
            joined = joined(history.after(lastSeq), false);
        } else {
            // Older than anything kept, or ahead of the room (its history was lost): say so.
            joined = joined(history.newest(settings.historyOnJoin()), true);
        }
        connection.send(joined);
        afterJoined(member, connection, lastSeq != null && !joined.reset() ? lastSeq : null);
    }

    /** What a member learns right after joined: duty, a pause, slow mode, removals it may still show, and (moderators) the queue. */
    private void afterJoined(RoomMember member, Connection connection, Long returningFrom) {
        dutyDesk.tell(connection);
        pauseDesk.tell(connection);
        slowModeDesk.tell(connection);
        if (returningFrom != null) {
            removalDesk.tellReturning(connection, returningFrom);
        }
        holdDesk.showQueue(member.session, connection);
    }

    /** The store's messages after lastSeq arrived: send them followed by the window, or a reset. */
    private void admitAfterCatchUp(RoomMember member, Connection connection, long lastSeq,
                                   List<ServerMessage.Message> older) {
        if (membersByHandle.get(member.session.handle().key()) != member) {
            return; // left while the store was read
        }
        List<ServerMessage.Message> missed = CatchUp.joinWithWindow(lastSeq, older, history);
        attach(member, connection);
        connection.send(missed == null
                ? joined(history.newest(settings.historyOnJoin()), true)
                : joined(missed, false));
        afterJoined(member, connection, missed == null ? null : lastSeq);
    }

    private ServerMessage.Joined joined(List<ServerMessage.Message> messages, boolean reset) {
        return new ServerMessage.Joined(id, charter.summary(), members(), messages, history.head(), reset);
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
        dutyDesk.recount();
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
            member.awaySinceMillis = services.clock().millis();
            dutyDesk.recount();
        }
    }

    private void onSweep() {
        long now = services.clock().millis();
        history.forgetOlderThan(now - retention.toMillis());
        removalDesk.sweep();
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
        path.forget(session.id());
        fanOut.broadcast(new ServerMessage.Presence(id, session.handle(), PresenceEvent.LEFT, membersByHandle.size()));
        dutyDesk.recount();
    }

    // ---- posting ----

    private void onPost(Session session, ClientMessage.Send send) {
        if (memberOf(session) == null) {
            session.send(error(ErrorCode.NOT_IN_ROOM, "join " + id + " before sending to it", send.type(),
                    send.clientMsgId()));
            return;
        }
        path.post(session, send.clientMsgId(), send.text());
    }

    private RoomMember memberOf(Session session) {
        RoomMember member = membersByHandle.get(session.handle().key());
        return member != null && member.session == session ? member : null;
    }

    private ServerMessage.Error error(ErrorCode code, String message, String ref, String clientMsgId) {
        return ServerMessage.Error.of(code, message, ref, id.value(), clientMsgId);
    }
}
