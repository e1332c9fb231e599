package org.hearth.server.room;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.protocol.ClientMessage;
import org.hearth.protocol.ErrorCode;
import org.hearth.protocol.RoomId;
import org.hearth.protocol.ServerMessage;
import org.hearth.server.metrics.RoomMetrics;
import org.hearth.server.moderation.Candidate;
import org.hearth.server.moderation.HeldMessage;
import org.hearth.server.moderation.HoldQueue;
import org.hearth.server.moderation.SupportWords;
import org.hearth.server.moderation.TriageLevel;
import org.hearth.server.session.Connection;
import org.hearth.server.session.Session;

/**
 * A room's held messages as its moderators see them: the queue, who wrote each one, the frames
 * that tell the moderators present about holds and decisions, and the check that only a
 * moderator of the room decides. Owned by the room's thread.
 */
final class HoldDesk {
    private static final TriageLevel[] LEVELS = TriageLevel.values();
    private static final String[] LEVEL_NAMES = java.util.Arrays.stream(LEVELS)
            .map(level -> level.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private final RoomId room;
    private final Clock clock;
    private final RoomAudit audit;
    private final RoomCharter charter;
    private final Collection<RoomMember> present;
    private final HoldQueue queue = new HoldQueue();
    private final Map<String, Session> authors = new HashMap<>();
    private final RoomMetrics metrics;
    private final PulseChanges pulseChanges;

    /**
     * @param charter the room's charter, whose support resources go to authors of urgent and crisis holds
     * @param present the room's members (a live view)
     * @param metrics where the queue's depth and the moderators' decision times are recorded
     * @param pulseChanges told whenever the queue changes, for the operators' live view
     */
    HoldDesk(RoomId room, Clock clock, RoomAudit audit, RoomCharter charter, Collection<RoomMember> present,
             RoomMetrics metrics, PulseChanges pulseChanges) {
        this.metrics = metrics;
        this.pulseChanges = pulseChanges;
        this.room = room;
        this.clock = clock;
        this.audit = audit;
        this.charter = charter;
        this.present = present;
        publishQueue(); // every level reads zero from the start, not only after the first hold
    }

    HoldQueue queue() {
        return queue;
    }

    /** Posts an approved message through the room's message path; returns its sequence number, null when not known yet. */
    @FunctionalInterface
    interface Poster {
        Long post(Session author, String clientMsgId, Candidate candidate);
    }

    /** An answer for an author, given to the room to send and remember for resends. */
    record Answer(Session author, ServerMessage.Ack ack) {
    }

    /**
     * A moderator lets a held message in, as it is or as they edited it: posted now, in sequence,
     * with the time it is posted; an edit is told to the author with its rule.
     */
    void approve(Session moderator, ClientMessage.Approve approve, Poster poster) {
        HeldMessage held = take(moderator, approve.heldId(), approve.type());
        if (held == null) {
            return;
        }
        Candidate original = held.candidate();
        boolean edited = approve.text() != null;
        Candidate now = new Candidate(original.room(), original.memberId(), original.author(),
                edited ? approve.text() : original.text(), clock.instant());
        Session author = authorOf(held);
        Long seq = poster.post(author, held.clientMsgId(), now);
        audit.record(RoomAudit.actor(moderator), edited ? "approved-edited" : "approved", original.author(),
                "held:" + held.id(), approve.rule(), seq == null ? null : "seq:" + seq);
        if (edited) {
            author.send(new ServerMessage.Notice(room, "edited", approve.rule(), "A moderator edited your message before "
                    + "posting it (" + approve.rule() + "). What the room sees is their version."));
        }
        resolved(held, edited ? "approved-edited" : "approved", moderator, seq);
    }

    /** A moderator keeps a held message out; its author is told the rule. */
    void decline(Session moderator, ClientMessage.Decline decline, java.util.function.Consumer<Answer> answer) {
        HeldMessage held = take(moderator, decline.heldId(), decline.type());
        if (held == null) {
            return;
        }
        String reason = decline.reason() != null ? decline.reason()
                : "A moderator decided not to post this message (" + decline.rule() + ").";
        answer.accept(new Answer(authorOf(held), ServerMessage.Ack.notSent(room, held.clientMsgId(),
                ServerMessage.AckStatus.REJECTED, ErrorCode.REJECTED_BY_RULE, decline.rule(), reason)));
        audit.record(RoomAudit.actor(moderator), "declined", held.candidate().author(), "held:" + held.id(),
                decline.rule(), null);
        resolved(held, "declined", moderator, null);
    }

    /**
     * Keeps the message for a decision and tells the moderators present. Someone whose message
     * shows urgent risk also gets the room's support resources at once, privately, while a
     * moderator is on the way.
     */
    void hold(HeldMessage held, Session author) {
        queue.add(held);
        authors.put(held.id(), author);
        publishQueue();
        toModerators(frame(held));
        if (held.hold().level().compareTo(TriageLevel.URGENT) >= 0) {
            author.send(new ServerMessage.Notice(room, "support", held.hold().rule(), SupportWords.forAuthor(charter.summary().support())));
        }
    }

    /** What waits: counts indexed by triage level's ordinal, and when the oldest was held (epoch millis; -1: none). */
    private record Waiting(int[] byLevel, long oldestAt) {
    }

    /**
     * Counts what waits now. Holds and decisions are rare next to posts, and the queue is short,
     * so a count over it costs less than keeping running tallies right.
     */
    private Waiting waiting() {
        int[] byLevel = new int[LEVELS.length];
        long oldest = -1;
        for (HeldMessage held : queue.inReviewOrder()) {
            byLevel[held.hold().level().ordinal()]++;
            long at = held.candidate().time().toEpochMilli();
            oldest = oldest < 0 ? at : Math.min(oldest, at);
        }
        return new Waiting(byLevel, oldest);
    }

    /** What waits now, for the operators' view: counts by lower-case level (every level) and the oldest one's wait. */
    void describeQueue(java.util.function.BiConsumer<Map<String, Integer>, Long> out) {
        Waiting waiting = waiting();
        Map<String, Integer> byLevel = new java.util.LinkedHashMap<>();
        for (TriageLevel level : LEVELS) {
            byLevel.put(LEVEL_NAMES[level.ordinal()], waiting.byLevel()[level.ordinal()]);
        }
        out.accept(byLevel, waiting.oldestAt() < 0 ? 0 : Math.max(0, clock.millis() - waiting.oldestAt()) / 1000);
    }

    /** Takes the held message a moderator decides now, or returns null after telling the caller why not. */
    private HeldMessage take(Session caller, String heldId, String frame) {
        if (!moderates(caller, room)) {
            caller.send(ServerMessage.Error.of(ErrorCode.FORBIDDEN, "only a moderator of " + room + " may " + frame
                    + " held messages", frame, room.value(), null));
            return null;
        }
        HeldMessage held = queue.take(heldId);
        if (held == null) {
            caller.send(ServerMessage.Error.of(ErrorCode.UNKNOWN_HELD_MESSAGE, "no message " + heldId + " is waiting in "
                    + room + "; another moderator may have decided it", frame, room.value(), null));
            return null;
        }
        metrics.decided(clock.millis() - held.candidate().time().toEpochMilli());
        publishQueue();
        return held;
    }

    /**
     * Tells the metrics how many held messages wait at each level and since when the oldest has
     * waited, and the operators' live view that the queue changed.
     */
    private void publishQueue() {
        Waiting waiting = waiting();
        for (TriageLevel level : LEVELS) {
            metrics.waiting(LEVEL_NAMES[level.ordinal()], waiting.byLevel()[level.ordinal()]);
        }
        metrics.oldestHeldAt(waiting.oldestAt());
        pulseChanges.changed();
    }

    /** The author of a message just taken from the queue. */
    private Session authorOf(HeldMessage held) {
        return authors.remove(held.id());
    }

    /** Tells the moderators present what was decided. */
    private void resolved(HeldMessage held, String outcome, Session moderator, Long seq) {
        toModerators(new ServerMessage.Resolved(room, held.id(), outcome, moderator.staff().account().name(), seq));
    }

    /** A moderator who (re)joins sees everything waiting, most urgent first. */
    void showQueue(Session session, Connection connection) {
        if (moderates(session, room)) {
            for (HeldMessage held : queue.inReviewOrder()) {
                connection.send(frame(held));
            }
        }
    }

    /** Whether the caller may run a moderator's command in the room; if not, it is told so. */
    static boolean allowed(Session caller, RoomId room, String command) {
        if (moderates(caller, room)) {
            return true;
        }
        caller.send(ServerMessage.Error.of(ErrorCode.FORBIDDEN, "only a moderator of " + room + " may " + command,
                command, room.value(), null));
        return false;
    }

    /** Whether the session is a signed-in moderator of the room, or an operator. */
    static boolean moderates(Session session, RoomId room) {
        return session.staff() != null && session.staff().moderates(room);
    }

    /** Sends a frame to the room's moderators who are here now. */
    void toModerators(ServerMessage frame) {
        for (RoomMember member : present) {
            if (member.connection != null && moderates(member.session, room)) {
                member.connection.send(frame);
            }
        }
    }

    private static ServerMessage.Held frame(HeldMessage held) {
        return new ServerMessage.Held(held.room(), held.id(), held.candidate().author(), held.candidate().text(),
                held.hold().rule(), held.hold().level().name().toLowerCase(Locale.ROOT), held.hold().reason(),
                held.candidate().time().toEpochMilli());
    }
}
