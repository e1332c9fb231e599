package org.hearth.load;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.Handle;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.json.DecodeException;

/**
 * One simulated member: a WebSocket connection (or, across a resume, a series of them), a session,
 * one room, and the checks on what it receives. Lives on one event loop for good, so its state
 * needs no locks; other threads call only the methods that say "any thread".
 */
public final class VirtualMember {
    enum State { NEW, CONNECTING, HELLO, JOINING, READY, CLOSED }

    final int index;
    final String handle;
    final RoomId room;
    final int roomIndex;
    final LoadClient client;
    final LoopStats stats;
    final EventLoop loop;
    final SeqTracker tracker = new SeqTracker();

    /** Counted for loss, order and duplicates (false for churners and slow readers). */
    boolean tracked = true;
    /** Plays a slow reader: its deliveries are recorded apart. */
    boolean slow;

    State state = State.NEW;
    Channel channel;
    String resumeToken;
    long maxAckSeq;
    long connectStartNanos;
    long sendCounter;
    long bytesRead;
    int closeCode;            // the last close code the server sent, 0 for none
    boolean closedByServer;   // the last connection was ended by the server (close frame or EOF)
    boolean closing;          // the generator is closing this member on purpose
    private CompletableFuture<VirtualMember> ready;

    // resume bookkeeping
    boolean resuming;
    long resumeLastSeq;
    Boolean resumedExactly;   // null until a resume was answered
    boolean resumedSession;
    boolean resetOnResume;
    long resumeDoneNanos;

    VirtualMember(int index, String handle, RoomId room, int roomIndex, LoadClient client, LoopStats stats) {
        this.index = index;
        this.handle = handle;
        this.room = room;
        this.roomIndex = roomIndex;
        this.client = client;
        this.stats = stats;
        this.loop = stats.loop;
    }

    /** Connects, says hello and joins (or resumes, when {@link #resuming}); completes when joined. Any thread. */
    public CompletableFuture<VirtualMember> connect() {
        CompletableFuture<VirtualMember> future = new CompletableFuture<>();
        loop.execute(() -> {
            ready = future;
            state = State.CONNECTING;
            closing = false;
            closeCode = 0;
            closedByServer = false;
            connectStartNanos = System.nanoTime();
            ChannelFuture connect = client.connect(this);
            channel = connect.channel();
            connect.addListener(f -> {
                if (!f.isSuccess()) {
                    fail("connect: " + f.cause().getClass().getSimpleName());
                }
            });
        });
        return future;
    }

    // ---- called by the channel handler, on the loop ----

    void onUpgraded() {
        state = State.HELLO;
        sendFrame(new ClientMessage.Hello(new Handle(handle), resuming ? resumeToken : null));
    }

    void onUpgradeRefused(String status) {
        fail("http " + status);
    }

    void onText(byte[] buf, int from, int to) {
        bytesRead += to - from;
        int type = FrameScanner.type(buf, from, to);
        switch (type) {
            case 'm' -> onMessage(buf, from, to);
            case 'a' -> onAck(buf, from, to);
            case 'p' -> stats.presence++;
            default -> onOtherFrame(buf, from, to);
        }
    }

    private void onMessage(byte[] buf, int from, int to) {
        FrameScanner.MessageFields f = stats.fields;
        if (!FrameScanner.readMessage(buf, from, to, f)) {
            LoopStats.count(stats.errors, "unreadable message frame");
            return;
        }
        if (state != State.READY || !tracker.started()) {
            stats.beforeJoin++;
            return;
        }
        if (f.redacted) {
            stats.redacted++;
        }
        stats.deliveredBytes += to - from;
        if (tracked) {
            stats.deliveries++;
            long dupBefore = tracker.duplicates();
            if (!tracker.onSeq(f.seq)) {
                if (tracker.duplicates() > dupBefore) {
                    stats.duplicatesSeen++;
                } else {
                    stats.outOfOrderSeen++;
                }
            }
        } else {
            stats.untrackedDeliveries++;
            tracker.onSeq(f.seq);
        }
        if (f.sentNanos >= 0) {
            long latency = stats.readNanos - client.baseNanos() - f.sentNanos;
            LoopStats.Kind kind = slow ? LoopStats.Kind.SLOW
                    : f.flag == TextStamp.MODERATED ? LoopStats.Kind.MODERATED : LoopStats.Kind.PLAIN;
            stats.record(kind, latency);
        }
    }

    private void onAck(byte[] buf, int from, int to) {
        int status = FrameScanner.readAck(buf, from, to, stats.fields);
        switch (status) {
            case 's' -> {
                stats.acksSent++;
                maxAckSeq = Math.max(maxAckSeq, stats.fields.seq);
            }
            case 'h' -> stats.acksHeld++;
            case 'r' -> stats.acksRejected++;
            default -> LoopStats.count(stats.errors, "unreadable ack frame");
        }
    }

    private void onOtherFrame(byte[] buf, int from, int to) {
        ServerMessage message;
        try {
            message = client.codec().decodeServer(buf, from, to - from);
        } catch (DecodeException e) {
            LoopStats.count(stats.errors, "undecodable frame: " + e.code());
            return;
        }
        switch (message) {
            case ServerMessage.Welcome welcome -> onWelcome(welcome);
            case ServerMessage.Joined joined -> onJoined(joined);
            case ServerMessage.Error error -> {
                LoopStats.count(stats.errors, error.code() + " " + error.reason());
                if (state == State.HELLO || state == State.JOINING) {
                    fail("refused: " + error.code() + " " + error.reason());
                }
            }
            default -> stats.otherFrames++;
        }
    }

    private void onWelcome(ServerMessage.Welcome welcome) {
        if (resuming) {
            resumedSession = welcome.resumed();
            if (!welcome.resumed()) {
                LoopStats.count(stats.errors, "resume refused: new session");
            }
        }
        resumeToken = welcome.resumeToken();
        state = State.JOINING;
        sendFrame(new ClientMessage.Join(room, resuming ? resumeLastSeq : null));
    }

    private void onJoined(ServerMessage.Joined joined) {
        if (state != State.JOINING) {
            stats.otherFrames++;
            return;
        }
        if (resuming) {
            checkResume(joined);
        } else {
            tracker.start(joined.headSeq());
        }
        state = State.READY;
        stats.record(LoopStats.Kind.SETUP, System.nanoTime() - connectStartNanos);
        CompletableFuture<VirtualMember> r = ready;
        ready = null;
        if (r != null) {
            r.complete(this);
        }
    }

    /** A resumed member must get exactly the messages after its lastSeq, in order, each once. */
    private void checkResume(ServerMessage.Joined joined) {
        resumeDoneNanos = System.nanoTime();
        if (joined.reset()) {
            resetOnResume = true;
            resumedExactly = false;
            tracker.start(joined.headSeq());
            return;
        }
        List<ServerMessage.Message> history = joined.history();
        boolean exact = true;
        long expected = resumeLastSeq + 1;
        for (ServerMessage.Message m : history) {
            if (m.seq() != expected) {
                exact = false;
            }
            expected = m.seq() + 1;
            long duplicatesBefore = tracker.duplicates();
            tracker.onSeq(m.seq());
            if (tracker.duplicates() > duplicatesBefore) {
                stats.duplicatesSeen++;
                exact = false;
            } else {
                stats.historyDeliveries++;
            }
        }
        if (expected - 1 != joined.headSeq()) {
            exact = false;
        }
        resumedExactly = exact;
        resuming = false;
    }

    void onClose(int code) {
        closeCode = code;
        closedByServer = true;
        if (!closing) {
            LoopStats.count(stats.closes, String.valueOf(code));
        }
    }

    void onChannelInactive(Channel gone) {
        if (gone != channel) {
            return; // an older connection of a member that has resumed since
        }
        if (!closing && closeCode == 0) {
            closedByServer = true;
            LoopStats.count(stats.closes, "1006 (no close frame)");
        }
        if (state != State.READY && state != State.CLOSED) {
            fail("closed before joined");
        }
        state = State.CLOSED;
    }

    private void fail(String why) {
        LoopStats.count(stats.connectFailures, why);
        state = State.CLOSED;
        CompletableFuture<VirtualMember> r = ready;
        ready = null;
        if (r != null) {
            r.completeExceptionally(new IllegalStateException(handle + ": " + why));
        }
        if (channel != null && channel.isOpen()) {
            closing = true;
            channel.close();
        }
    }

    // ---- actions, on the loop ----

    /** Sends one message stamped with its scheduled time. Loop thread. */
    void sendMessage(long scheduledSinceBase, char kind) {
        if (state != State.READY) {
            return;
        }
        String text = TextStamp.text(scheduledSinceBase, kind, client.textSize());
        sendFrame(new ClientMessage.Send(room, "c" + (++sendCounter), text));
        stats.sends++;
    }

    void sendFrame(ClientMessage message) {
        Channel ch = channel;
        if (ch == null || !ch.isActive()) {
            return;
        }
        byte[] json = client.codec().encode(message);
        ch.writeAndFlush(WsFrames.masked(ch.alloc(), WsFrames.OP_TEXT, json), ch.voidPromise());
    }

    /** Leaves the room and closes the connection with 1000. Loop thread. */
    void leaveAndClose() {
        if (state == State.READY) {
            sendFrame(new ClientMessage.Leave(room));
        }
        closeGracefully();
    }

    /** Sends a close frame (1000) and closes. Loop thread. */
    void closeGracefully() {
        closing = true;
        state = State.CLOSED;
        Channel ch = channel;
        if (ch != null && ch.isActive()) {
            ch.writeAndFlush(WsFrames.masked(ch.alloc(), WsFrames.OP_CLOSE, WsFrames.closePayload(1000)))
                    .addListener(f -> ch.close());
        }
    }

    /** Drops the connection without a close frame, as a lost network would; the session stays. Loop thread. */
    void dropAbruptly() {
        closing = true;
        state = State.CLOSED;
        Channel ch = channel;
        if (ch != null) {
            ch.close();
        }
    }

    /** Stops or resumes reading from the socket (a slow reader). Loop thread. */
    void setReading(boolean reading) {
        Channel ch = channel;
        if (ch != null) {
            ch.config().setAutoRead(reading);
        }
    }

    public String handle() {
        return handle;
    }

    public boolean isReady() {
        return state == State.READY;
    }
}
