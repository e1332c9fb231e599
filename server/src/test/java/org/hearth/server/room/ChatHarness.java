package org.hearth.server.room;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.RoomSummary;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.MessageFilter;
import org.hearth.server.session.Session;
import org.hearth.server.session.SessionRegistry;
import org.hearth.server.store.MessageStore;
import org.hearth.server.store.RoomCatalog;
import org.hearth.server.store.memory.InMemoryAuditLog;
import org.hearth.server.store.memory.InMemoryMessageStore;
import org.hearth.server.store.memory.InMemoryMuteStore;
import org.hearth.server.testing.FakeConnection;
import org.hearth.server.testing.FakeFrames;
import org.hearth.server.testing.InlineLane;
import org.hearth.server.testing.MutableClock;

/** A chat service with one room ("lounge"), fake connections and a clock the test moves. */
final class ChatHarness {
    static final RoomId LOUNGE = new RoomId("lounge");
    static final Duration GRACE = Duration.ofMinutes(2);
    static final Duration RETENTION = Duration.ofDays(30);

    final MutableClock clock;
    final FakeFrames frames = new FakeFrames();
    final MessageStore store;
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final DutyBoard duty = new DutyBoard();
    /** How many times the rooms told the operators' live view that something it shows at once changed. */
    final java.util.concurrent.atomic.AtomicInteger pulseChanges = new java.util.concurrent.atomic.AtomicInteger();
    final InMemoryMuteStore mutes;
    final SessionRegistry sessions;
    final Room lounge;
    final ChatService chat;
    private int nextMsg;

    ChatHarness(int historyWindow, int historyOnJoin, List<MessageFilter> filters) {
        this(newClock(), historyWindow, historyOnJoin, filters, Runnable::run);
    }

    ChatHarness(int historyWindow, int historyOnJoin, List<MessageFilter> filters, Executor roomExecutor) {
        this(newClock(), historyWindow, historyOnJoin, filters, roomExecutor);
    }

    ChatHarness(MutableClock clock, int historyWindow, int historyOnJoin, List<MessageFilter> filters,
                Executor roomExecutor) {
        this(clock, historyWindow, historyOnJoin, filters, roomExecutor, new InMemoryMessageStore());
    }

    /** A harness on an existing store: a server restarted on the same data. */
    ChatHarness(MutableClock clock, int historyWindow, int historyOnJoin, List<MessageFilter> filters,
                Executor roomExecutor, MessageStore store) {
        this(clock, historyWindow, historyOnJoin, filters, roomExecutor, store, new InMemoryMuteStore());
    }

    /** A harness on existing stores: a server restarted on the same data. */
    ChatHarness(MutableClock clock, int historyWindow, int historyOnJoin, List<MessageFilter> filters,
                Executor roomExecutor, MessageStore store, InMemoryMuteStore mutes) {
        this.clock = clock;
        this.store = store;
        this.mutes = mutes;
        this.sessions = new SessionRegistry(clock, GRACE);
        if (store instanceof RoomCatalog catalog) {
            catalog.register(LOUNGE, "The lounge", "Talk kindly.", RETENTION);
        }
        RoomServices services = new RoomServices(frames, clock, new MessageIds(clock.millis()), store, Runnable::run, audit,
                mutes, duty,
                new RoomSettings(historyWindow, historyOnJoin, GRACE, 5, 10_000),
                org.hearth.server.metrics.HearthMetrics.NONE, pulseChanges::incrementAndGet);
        lounge = new Room(LOUNGE, new RoomSummary("The lounge", "Talk kindly.", List.of(),
                List.of("Samaritans (UK and Ireland): call 116 123, any time")), RETENTION, java.time.Duration.ZERO, roomExecutor,
                new FilterChain(filters), services, store.load(LOUNGE, historyWindow));
        chat = new ChatService(new RoomRegistry(List.of(lounge)), sessions);
    }

    static MutableClock newClock() {
        return new MutableClock(Instant.parse("2026-11-26T20:00:00Z"));
    }

    /** A member: its session and the connection it is on now. */
    final class Member {
        final Session session;
        FakeConnection connection;

        Member(Session session, FakeConnection connection) {
            this.session = session;
            this.connection = connection;
        }

        void join() {
            chat.join(session, connection, new ClientMessage.Join(LOUNGE, null));
        }

        void rejoin(long lastSeq) {
            chat.join(session, connection, new ClientMessage.Join(LOUNGE, lastSeq));
        }

        String send(String text) {
            String id = "c" + (++nextMsg);
            send(id, text);
            return id;
        }

        void send(String clientMsgId, String text) {
            chat.send(session, new ClientMessage.Send(LOUNGE, clientMsgId, text));
        }

        void drop() {
            chat.disconnected(session, connection);
        }

        /** Reconnects on a new connection with the resume token; returns the welcome. */
        ServerMessage.Welcome resume() {
            FakeConnection fresh = new FakeConnection(new InlineLane());
            chat.hello(fresh, new ClientMessage.Hello(session.handle(), session.resumeToken()), null);
            connection = fresh;
            return fresh.last(ServerMessage.Welcome.class);
        }

        List<ServerMessage.Message> messages() {
            return connection.received(ServerMessage.Message.class);
        }

        List<Long> seqs() {
            return messages().stream().map(ServerMessage.Message::seq).toList();
        }
    }

    Member connect(String handle) {
        FakeConnection connection = new FakeConnection(new InlineLane());
        Session session = chat.hello(connection, new ClientMessage.Hello(new Handle(handle), null), null);
        return new Member(session, connection);
    }

    /** A signed-in staff member's session. */
    Member staff(String handle, org.hearth.server.auth.Principal principal) {
        FakeConnection connection = new FakeConnection(new InlineLane());
        Session session = chat.hello(connection, new ClientMessage.Hello(new Handle(handle), null), principal);
        Member member = new Member(session, connection);
        member.join();
        return member;
    }

    Member joined(String handle) {
        Member member = connect(handle);
        member.join();
        return member;
    }

    static List<Long> range(long from, long to) {
        List<Long> out = new ArrayList<>();
        for (long seq = from; seq <= to; seq++) {
            out.add(seq);
        }
        return out;
    }
}
