package org.hearth.server.room;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.protocol.ServerMessage.AckStatus;
import org.hearth.server.metrics.RoomMetrics;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.FilterChain;
import org.hearth.server.moderation.FilterTimings;
import org.hearth.server.moderation.HeldMessage;
import org.hearth.server.moderation.Verdict;
import org.hearth.server.session.Session;
import org.hearth.server.store.StoredMessage;

/**
 * A room's message path from a member's send to everyone's screen: resends answered as before,
 * the filter chain, holds and refusals told to the author, then a sequence number, the durable
 * append, and only once durable the ack and the broadcast, so whatever anyone saw is in history.
 * Store completions hop back to the room's thread in commit order. On one node the room numbers
 * its messages; with several, the store numbers them in its commit and the {@link RoomBus} brings
 * every node's messages to {@link #deliver} in sequence order.
 *
 * <p>Threading: owned by the room's thread, like the room.
 */
final class MessagePath {
    private final RoomId id;
    private final Executor executor;
    private final RoomServices services;
    private final HistoryWindow history;
    private final RecentAnswers answers;
    private final FanOut fanOut;
    private final HoldDesk holdDesk;
    private final RoomAudit audit;
    private final FilterReplies replies;
    private final BooleanSupplier moderatorOnDuty;
    private final RoomMetrics metrics;
    private final boolean storeNumbers; // several nodes: the number is decided in the commit
    private RoomBus.Channel channel;
    private final MinuteCounter postedLastMinute = new MinuteCounter();
    private final FilterTimings filterTimings; // built once: timing a message allocates nothing
    private FilterChain filters; // replaced when an operator edits the charter
    private long nextSeq;
    /** The generation of a write the room did not number: its failure leaves the room's counter alone. */
    private static final long NO_RENUMBERING = -1;
    private long generation; // raised when a write fails, so the late news of older writes is told apart

    /**
     * @param lastSeq the room's last durable sequence number
     * @param moderatorOnDuty whether a moderator of the room is on duty now
     */
    MessagePath(RoomId id, Executor executor, RoomServices services, HistoryWindow history, RecentAnswers answers,
                FanOut fanOut, HoldDesk holdDesk, RoomAudit audit, FilterChain filters, long lastSeq,
                BooleanSupplier moderatorOnDuty, RoomMetrics metrics) {
        this.metrics = metrics;
        this.id = id;
        this.executor = executor;
        this.services = services;
        this.history = history;
        this.answers = answers;
        this.fanOut = fanOut;
        this.holdDesk = holdDesk;
        this.audit = audit;
        this.replies = new FilterReplies(id, holdDesk, audit, metrics);
        this.filterTimings = metrics::filterTook;
        this.filters = filters.timedBy(filterTimings);
        this.nextSeq = lastSeq + 1;
        this.moderatorOnDuty = moderatorOnDuty;
        this.storeNumbers = services.store().numbersMessages();
    }

    /** Connects the path to the bus that brings stored messages to {@link #deliver}; once, at start-up. */
    void connect(RoomBus.Channel channel) {
        this.channel = channel;
    }

    void replaceFilters(FilterChain chain) {
        filters = chain.timedBy(filterTimings);
    }

    /** Drops what the filters keep about a member who left. */
    void forget(String memberId) {
        filters.forget(memberId);
    }

    /** A member of the room posts. */
    void post(Session session, String clientMsgId, String text) {
        long receivedAt = System.nanoTime(); // for the ack latency: monotonic, unlike the injected clock
        long now = services.clock().millis();
        switch (answers.seen(session.handle(), clientMsgId, now)) {
            case ANSWERED -> {
                session.send(answers.answer(session.handle(), clientMsgId)); // a resend: same answer
                return;
            }
            case PENDING -> {
                return; // a resend of a message being stored: its ack is on the way
            }
            case NEW -> {
            }
        }
        metrics.received();
        if (!channel.live()) {
            answer(session, ServerMessage.Ack.notSent(id, clientMsgId, AckStatus.REJECTED, ErrorCode.STORE_UNAVAILABLE,
                    "cluster", "The room's other servers cannot be reached, so nobody saw your message. Please send it"
                    + " again."), false);
            return;
        }
        Candidate candidate = new Candidate(id, session.id(), session.handle(), text, services.clock().instant());
        long filtering = System.nanoTime();
        FilterChain.Result result = filters.evaluate(candidate, moderatorOnDuty.getAsBoolean());
        metrics.filtersTook(System.nanoTime() - filtering);
        switch (result.stop()) {
            case null -> store(session, clientMsgId, candidate, result, receivedAt);
            case Verdict.Hold hold -> {
                HeldMessage held = new HeldMessage(services.messageIds().next(), id, session.id(), clientMsgId,
                        candidate.withText(result.text()), hold);
                answer(session, ServerMessage.Ack.notSent(id, clientMsgId, AckStatus.HELD,
                        ErrorCode.HELD_FOR_REVIEW, hold.rule(), hold.reason()), true);
                metrics.held(result.stoppedBy());
                holdDesk.hold(held, session);
                audit.record("filter:" + result.stoppedBy(), "held", session.handle(), "held:" + held.id(), hold.rule(),
                        hold.level().name().toLowerCase(Locale.ROOT));
            }
            case Verdict.Reject reject -> {
                boolean isFinal = !reject.code().retryable(); // a throttle is not a decision about the message
                answer(session, ServerMessage.Ack.notSent(id, clientMsgId, AckStatus.REJECTED, reject.code(),
                        reject.rule(), reject.reason()), isFinal);
                if (isFinal) {
                    metrics.rejected(result.stoppedBy());
                    audit.record("filter:" + result.stoppedBy(), "rejected", session.handle(), null, reject.rule(), null);
                }
            }
        }
    }

    /**
     * A moderator approved a held message: it is posted as it is now, unfiltered; returns its
     * sequence number, or null when the store decides it as it commits (several nodes).
     */
    Long postApproved(Session author, String clientMsgId, Candidate candidate) {
        Long seq = storeNumbers ? null : nextSeq;
        store(author, clientMsgId, candidate, FilterChain.Result.unfiltered(candidate.text()), System.nanoTime());
        return seq;
    }

    /** Numbers the message and stores it; {@link #onStored} goes on when the store has answered. */
    private void store(Session author, String clientMsgId, Candidate candidate, FilterChain.Result result,
                       long receivedAt) {
        // Several nodes: 0 until the commit gives the number.
        ServerMessage.Message message = new ServerMessage.Message(id, storeNumbers ? 0 : nextSeq++, services.messageIds().next(),
                candidate.author(), result.text(), candidate.time().toEpochMilli(), result.redacted());
        answers.pending(author.handle(), clientMsgId, candidate.time().toEpochMilli());
        if (storeNumbers) {
            services.store().appendNumbered(new StoredMessage(message, author.id(), clientMsgId))
                    .whenComplete((seq, failure) -> executor.execute(() -> onStored(author, clientMsgId,
                            failure == null ? numbered(message, seq) : message, result, NO_RENUMBERING, failure, receivedAt)));
            return;
        }
        long writtenIn = generation;
        services.store().append(new StoredMessage(message, author.id(), clientMsgId))
                .whenComplete((stored, failure) -> executor.execute(
                        () -> onStored(author, clientMsgId, message, result, writtenIn, failure, receivedAt)));
    }

    private void onStored(Session author, String clientMsgId, ServerMessage.Message message, FilterChain.Result result,
                          long writtenIn, Throwable failure, long receivedAt) {
        if (failure != null) {
            if (writtenIn == generation) {
                // The first failure of this run: number again from here, so the sequence has no gap.
                generation++;
                nextSeq = message.seq();
            }
            answers.forget(author.handle(), clientMsgId);
            author.send(ServerMessage.Ack.notSent(id, clientMsgId, AckStatus.REJECTED, ErrorCode.STORE_UNAVAILABLE,
                    "store", "Your message could not be saved, so nobody saw it. Please send it again."));
            return;
        }
        answer(author, ServerMessage.Ack.sent(id, clientMsgId, message.seq()), true);
        metrics.acked(System.nanoTime() - receivedAt);
        replies.posted(author, message, result);
        channel.publish(message);
        metrics.fannedOut(System.nanoTime() - receivedAt); // handed to every member's event loop, which writes it
    }

    /** A stored message, this node's or another's, in sequence order: into the window and to every member here. */
    void deliver(ServerMessage.Message message) {
        history.add(message);
        fanOut.broadcast(message);
        metrics.broadcast();
        postedLastMinute.add(services.clock().millis());
    }

    private static ServerMessage.Message numbered(ServerMessage.Message m, long seq) {
        return new ServerMessage.Message(m.room(), seq, m.id(), m.author(), m.text(), m.time(), m.redacted());
    }

    /** Messages posted (broadcast) in the last minute. */
    int postedLastMinute() {
        return postedLastMinute.lastMinute(services.clock().millis());
    }

    /** Tells the author what became of its message, remembering final answers for resends. */
    void answer(Session author, ServerMessage.Ack ack, boolean isFinal) {
        if (isFinal) {
            answers.answered(author.handle(), ack, services.clock().millis());
        }
        author.send(ack);
    }
}
